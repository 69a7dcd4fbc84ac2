package koppel.webhook.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void theDefaultScheduleReadsAsTheContractWritesIt() {
        RetrySchedule schedule = RetrySchedule.parse("5s,5m,30m,2h,5h,10h,10h");

        assertThat(schedule.delays())
                .containsExactly(
                        Duration.ofSeconds(5),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(30),
                        Duration.ofHours(2),
                        Duration.ofHours(5),
                        Duration.ofHours(10),
                        Duration.ofHours(10));
    }

    @Test
    void eachRetryComesAfterItsDelayGiveOrTakeATenth() {
        RetrySchedule schedule = RetrySchedule.parse("5s, 5m");

        for (int i = 0; i < 200; i++) {
            assertThat(schedule.next(1, NOW))
                    .hasValueSatisfying(at -> assertThat(at).isBetween(NOW.plusMillis(4500), NOW.plusMillis(5500)));
            assertThat(schedule.next(2, NOW))
                    .hasValueSatisfying(at -> assertThat(at).isBetween(NOW.plusSeconds(270), NOW.plusSeconds(330)));
        }
    }

    @Test
    void afterTheLastDelayThereIsNoRetry() {
        RetrySchedule schedule = RetrySchedule.parse("5s,5m");

        assertThat(schedule.next(3, NOW)).isEmpty();
        assertThat(schedule.next(0, NOW)).isEmpty();
    }

    @Test
    void durationsComeInShortFormsAndIso() {
        assertThat(RetrySchedule.duration("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(RetrySchedule.duration("5d")).isEqualTo(Duration.ofDays(5));
        assertThat(RetrySchedule.duration("PT15S")).isEqualTo(Duration.ofSeconds(15));
        assertThatThrownBy(() -> RetrySchedule.duration("5 fortnights")).isInstanceOf(IllegalArgumentException.class);
    }
}
