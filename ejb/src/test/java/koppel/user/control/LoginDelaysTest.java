package koppel.user.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginDelaysTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private final LoginDelays perUsername = LoginDelays.PER_USERNAME;

    @Test
    void fourFailuresDoNotSlowTheFifthAttempt() {
        assertThat(perUsername.notBefore(failures(4, Duration.ofSeconds(1)), NOW))
                .isEmpty();
    }

    @Test
    void afterFiveFailuresTheNextAttemptWaitsFromTheLastOne() {
        List<Instant> five = failures(5, Duration.ofSeconds(1));

        assertThat(perUsername.notBefore(five, NOW))
                .contains(NOW.minusSeconds(1).plusSeconds(15));
        assertThat(perUsername.notBefore(five, NOW.plusSeconds(13))).isPresent();
        assertThat(perUsername.notBefore(five, NOW.plusSeconds(14))).isEmpty();
    }

    @Test
    void everyFurtherFailureDoublesTheWaitUpToTheWindow() {
        assertThat(perUsername.delay(5)).isEqualTo(Duration.ofSeconds(15));
        assertThat(perUsername.delay(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(perUsername.delay(8)).isEqualTo(Duration.ofSeconds(120));
        assertThat(perUsername.delay(12)).isEqualTo(Duration.ofMinutes(15));
        assertThat(perUsername.delay(500)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anAddressMayFailTwentyTimesBeforeWaiting() {
        assertThat(LoginDelays.PER_ADDRESS.notBefore(failures(19, Duration.ofSeconds(1)), NOW))
                .isEmpty();
        assertThat(LoginDelays.PER_ADDRESS.notBefore(failures(20, Duration.ofSeconds(1)), NOW))
                .isPresent();
    }

    /** {@code count} failures, oldest first, the last {@code gap} before now. */
    private static List<Instant> failures(int count, Duration gap) {
        List<Instant> times = new ArrayList<>();
        for (int i = count; i >= 1; i--) {
            times.add(NOW.minus(gap.multipliedBy(i)));
        }
        return times;
    }
}
