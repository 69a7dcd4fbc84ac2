package koppel.webhook.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BacklogTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Duration LIMIT = Duration.ofMinutes(5);

    @Test
    void nothingPendingIsFineEvenWithoutTheBaseUrl() {
        assertThat(Backlog.trouble(Optional.empty(), NOW, false, LIMIT)).isEmpty();
    }

    @Test
    void pendingDeliveriesWithoutTheBaseUrlNameTheSetting() {
        assertThat(Backlog.trouble(Optional.of(NOW), NOW, false, LIMIT))
                .hasValueSatisfying(reason -> assertThat(reason).contains("koppel.api.base-url"));
    }

    @Test
    void aDeliveryDueLongerThanTheLimitIsTrouble() {
        assertThat(Backlog.trouble(Optional.of(NOW.minus(LIMIT).minusSeconds(1)), NOW, true, LIMIT))
                .hasValueSatisfying(reason -> assertThat(reason).contains("301 s"));
        assertThat(Backlog.trouble(Optional.of(NOW.minus(LIMIT)), NOW, true, LIMIT))
                .isEmpty();
        assertThat(Backlog.trouble(Optional.of(NOW.plusSeconds(60)), NOW, true, LIMIT))
                .isEmpty();
    }
}
