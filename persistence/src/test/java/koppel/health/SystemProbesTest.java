package koppel.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SystemProbesTest {

    private final SystemProbes probes = new SystemProbes() {
        @Override
        public Optional<String> schemaVersion() {
            return Optional.empty();
        }

        @Override
        public void checkBroker() {}

        @Override
        public Optional<String> webhookTrouble() {
            return Optional.of("Deliveries wait.");
        }
    };

    @AfterEach
    void uninstall() {
        SystemProbes.uninstall();
    }

    @Test
    void withoutTheServicesModuleTheChecksSaySo() {
        assertThatThrownBy(SystemProbes::installed)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The services module is not available.");
    }

    @Test
    void theChecksUseTheProbesHandedOver() {
        SystemProbes.install(probes);

        assertThat(SystemProbes.installed()).isSameAs(probes);
    }

    @Test
    void stoppingTheServicesModuleTakesThemAway() {
        SystemProbes.install(probes);
        SystemProbes.uninstall();

        assertThatThrownBy(SystemProbes::installed).isInstanceOf(IllegalStateException.class);
    }
}
