package koppel.system.control;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start without the settings Koppel cannot do without, naming each missing key. It
 * checks while CDI discovers beans, before anything is started or registered: a failure any later
 * leaves the dead deployment's health checks registered on Payara (after CDI) or WildFly (during
 * CDI validation), and the server's health answers 500 until it restarts.
 */
public class RequiredSettings implements Extension {

    static final List<String> REQUIRED = List.of("koppel.admin.username");

    void check(@Observes AfterBeanDiscovery discovery) {
        var config = ConfigProvider.getConfig();
        for (String key : REQUIRED) {
            if (config.getOptionalValue(key, String.class)
                    .filter(value -> !value.isBlank())
                    .isEmpty()) {
                discovery.addDefinitionError(new DeploymentException("The setting " + key + " has no value; set it as a"
                        + " system property or an environment variable ("
                        + key.toUpperCase().replace('.', '_') + ")."));
            }
        }
    }
}
