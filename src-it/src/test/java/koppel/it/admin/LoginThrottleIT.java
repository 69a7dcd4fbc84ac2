package koppel.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import koppel.it.Deployments;
import koppel.it.ServerLog;
import koppel.it.api.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password guessing on the login page slows down: after 5 failures for one username, or 20 from
 * one address, within 15 minutes, attempts wait, even with the right password, and hear only the
 * usual message. Each test guesses from a loopback address of its own (127.x.y.z).
 */
@ExtendWith(ArquillianExtension.class)
class LoginThrottleIT {

    private static final String PASSWORD = "the-right-password";
    private static final String FAILED = "The username or password is not correct.";

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void fiveFailuresForOneUsernameMakeTheNextAttemptWait() throws InterruptedException {
        String username = newUser();
        String address = someLoopbackAddress();
        ServerLog log = ServerLog.fromNow();
        try (AdminSession session = AdminSession.from(address)) {
            for (int i = 0; i < 5; i++) {
                assertThat(session.logIn(username, "wrong-" + i).body()).contains(FAILED);
            }

            AdminSession.Page refused = session.logIn(username, PASSWORD);
            assertThat(AdminSession.admitted(refused))
                    .as("the right password, too soon")
                    .isFalse();
            assertThat(refused.body()).contains(FAILED);
            assertThat(log.awaiting("Refused a login for '" + username + "' from " + address, Duration.ofSeconds(10)))
                    .contains("Refused a login for '" + username + "' from " + address);

            String other = newUser();
            assertThat(AdminSession.admitted(session.logIn(other, PASSWORD)))
                    .as("another user from the same address")
                    .isTrue();
        }
        try (AdminSession later = AdminSession.from(address)) {
            assertThat(eventuallyAdmitted(later, username, Duration.ofSeconds(60)))
                    .as("the right password once the wait is over")
                    .isTrue();
        }
    }

    @Test
    void twentyFailuresFromOneAddressMakeEveryUsernameWait() {
        String address = someLoopbackAddress();
        try (AdminSession session = AdminSession.from(address)) {
            for (int i = 0; i < 20; i++) {
                assertThat(session.logIn("nobody-" + UUID.randomUUID(), "wrong").body())
                        .contains(FAILED);
            }
            assertThat(AdminSession.admitted(session.logIn(newUser(), PASSWORD)))
                    .isFalse();
        }
        try (AdminSession elsewhere = AdminSession.from(someLoopbackAddress())) {
            assertThat(AdminSession.admitted(elsewhere.logIn(newUser(), PASSWORD)))
                    .as("the same user from another address")
                    .isTrue();
        }
    }

    @Test
    void parallelGuessesAreCountedToo() throws Exception {
        String username = newUser();
        String address = someLoopbackAddress();
        ServerLog log = ServerLog.fromNow();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<AdminSession.Page>> guesses = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String guess = "wrong-" + i;
                guesses.add(pool.submit(() -> {
                    try (AdminSession session = AdminSession.from(address)) {
                        return session.logIn(username, guess);
                    }
                }));
            }
            for (Future<AdminSession.Page> guess : guesses) {
                assertThat(guess.get().body()).contains(FAILED);
            }
        } finally {
            pool.shutdownNow();
        }
        String refusal = "Refused a login for '" + username + "'";
        String written = log.awaiting(text -> occurrences(text, refusal) >= 20, Duration.ofSeconds(10));
        assertThat(occurrences(written, refusal))
                .as("guesses refused unchecked of 30 in parallel")
                .isGreaterThanOrEqualTo(20);
        try (AdminSession session = AdminSession.from(address)) {
            assertThat(AdminSession.admitted(session.logIn(username, PASSWORD))).isFalse();
        }
    }

    private static boolean eventuallyAdmitted(AdminSession session, String username, Duration within)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (AdminSession.admitted(session.logIn(username, PASSWORD))) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        return false;
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static String newUser() {
        String username = Fixtures.unique("guessed");
        Fixtures.user(username, PASSWORD, List.of("user"));
        return username;
    }

    /** A loopback address other than 127.0.0.1, so that other tests' failures do not count here. */
    private static String someLoopbackAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "127." + random.nextInt(1, 255) + "." + random.nextInt(0, 256) + "." + random.nextInt(2, 255);
    }
}
