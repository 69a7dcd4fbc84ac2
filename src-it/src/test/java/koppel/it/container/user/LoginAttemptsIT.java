package koppel.it.container.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import koppel.it.Deployments;
import koppel.it.container.Given;
import koppel.it.container.Rows;
import koppel.user.boundary.LoginAttempts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The login throttle inside the server, on the database as every instance shares it: five failed
 * attempts per username or twenty per address within 15 minutes, then a wait that doubles with
 * every further attempt, up to 15 minutes. Earlier attempts are moved back in time ({@link Rows})
 * instead of waited for. Every recorded attempt that does not succeed counts as a failure.
 */
@ExtendWith(ArquillianExtension.class)
class LoginAttemptsIT {

    private static final Duration FIRST_WAIT = Duration.ofSeconds(15);

    @EJB
    private LoginAttempts attempts;

    @EJB
    private Rows rows;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.koppelTesting(LoginAttemptsIT.class);
    }

    @Test
    void fiveFailuresForAUsernameMakeTheSixthWaitFifteenSeconds() {
        String username = Given.unique("guess");
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), attempt(username, address()), "attempt " + (i + 1));
        }

        Duration wait = attempt(username, address()).orElseThrow();
        assertTrue(wait.compareTo(Duration.ZERO) > 0 && wait.compareTo(FIRST_WAIT) <= 0, wait.toString());

        // The refused attempt was never checked, so it does not count: still the first wait.
        Duration again = attempt(username.toUpperCase() + " ", address()).orElseThrow();
        assertTrue(again.compareTo(FIRST_WAIT) <= 0, again.toString());
    }

    @Test
    void everyFurtherFailureDoublesTheWait() {
        String username = Given.unique("guess");
        for (int i = 0; i < 5; i++) {
            attempts.record(username, address());
        }
        rows.loginAttemptsOf(username, Instant.now().minus(FIRST_WAIT).minusSeconds(1));

        assertEquals(Optional.empty(), attempt(username, address()), "the sixth, after the first wait");
        Duration wait = attempt(username, address()).orElseThrow();

        assertTrue(wait.compareTo(FIRST_WAIT) > 0 && wait.compareTo(FIRST_WAIT.multipliedBy(2)) <= 0, wait.toString());
    }

    @Test
    void theWaitGrowsToFifteenMinutesAtMost() {
        String username = Given.unique("guess");
        for (int i = 0; i < 11; i++) {
            attempts.record(username, address());
        }
        rows.loginAttemptsOf(username, Instant.now().minus(Duration.ofMinutes(1)));

        // Eleven earlier failures: 15 s doubled six times is 16 minutes, cut to 15, from a minute ago.
        Duration wait = attempt(username, address()).orElseThrow();

        assertTrue(
                wait.compareTo(Duration.ofMinutes(13)) > 0 && wait.compareTo(Duration.ofMinutes(14)) <= 0,
                wait.toString());
    }

    @Test
    void failuresOlderThanFifteenMinutesNoLongerCount() {
        String username = Given.unique("guess");
        for (int i = 0; i < 5; i++) {
            attempts.record(username, address());
        }
        rows.loginAttemptsOf(
                username, Instant.now().minus(Duration.ofMinutes(15)).minusSeconds(5));

        assertEquals(Optional.empty(), attempt(username, address()));
    }

    @Test
    void aSuccessForgetsTheUsernamesFailures() {
        String username = Given.unique("guess");
        for (int i = 0; i < 4; i++) {
            attempts.record(username, address());
        }
        UUID fifth = attempts.record(username, address());
        assertEquals(Optional.empty(), attempts.waitBefore(fifth));

        attempts.succeeded(fifth);

        assertEquals(Optional.empty(), attempt(username, address()));
    }

    @Test
    void twentyFailuresFromAnAddressMakeTheNextWaitWhateverTheUsername() {
        String address = address();
        for (int i = 0; i < 20; i++) {
            attempts.record(Given.unique("guess"), address);
        }

        assertTrue(attempt(Given.unique("guess"), address).isPresent(), "from the same address");
        assertFalse(attempt(Given.unique("guess"), address()).isPresent(), "from another address");
    }

    /** Records an attempt and checks it, as the login does; the wait when it must wait. */
    private Optional<Duration> attempt(String username, String address) {
        return attempts.waitBefore(attempts.record(username, address));
    }

    /** An address no other test uses, so that only this test's attempts count against it. */
    private static String address() {
        return "test-" + UUID.randomUUID();
    }
}
