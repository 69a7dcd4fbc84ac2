package koppel.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import koppel.it.Deployments;
import koppel.it.ServerLog;
import koppel.it.Settings;
import koppel.it.api.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Admins working in parallel while the public API is busy and others log in: every page an admin
 * loads is shown, and no page is ever shown to a signed-in non-admin or to an anonymous browser
 * (each refusal logged in one line).
 */
@ExtendWith(ArquillianExtension.class)
class AdminSessionsUnderLoadIT {

    private static final List<String> PAGES = List.of(
            "/settings/integrations/api-keys.xhtml",
            "/settings/users.xhtml",
            "/",
            "/settings/integrations/links.xhtml");
    private static final int ADMINS = 6;
    private static final int LOADS_PER_ADMIN = 60;
    private static final String PASSWORD = "a-long-enough-password";

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    /** Rounds of the whole exercise: 1, or more with -Dkoppel.it.load.rounds=10 for a longer trial. */
    private static final int ROUNDS = Integer.getInteger("koppel.it.load.rounds", 1);

    @Test
    void parallelAdminsAreNeverRefusedAndOthersNeverLetIn() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            oneRound();
        }
    }

    private static void oneRound() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        List<String> admins = new ArrayList<>();
        for (int i = 0; i < ADMINS; i++) {
            admins.add("admin-" + i + "-" + suffix);
            Fixtures.user(admins.get(i), PASSWORD, List.of("admin"));
        }
        String planner = "planner-" + suffix;
        Fixtures.user(planner, PASSWORD, List.of("user"));

        ServerLog log = ServerLog.fromNow();
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        List<String> letIn = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger othersTurnedAway = new AtomicInteger();
        AtomicBoolean working = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(ADMINS + 5);
        try {
            List<Future<?>> load = List.of(
                    pool.submit(() -> anonymousApiCalls(working)),
                    pool.submit(() -> anonymousApiCalls(working)),
                    pool.submit(() -> loginsMeanwhile(admins.get(0), working)),
                    pool.submit(() -> othersLoadPages(planner, letIn, othersTurnedAway, working)),
                    pool.submit(() -> othersLoadPages(null, letIn, othersTurnedAway, working)));
            List<Future<?>> work = new ArrayList<>();
            for (String admin : admins) {
                work.add(pool.submit(() -> adminLoadsPages(admin, refused)));
            }
            for (Future<?> done : work) {
                done.get();
            }
            working.set(false);
            for (Future<?> done : load) {
                done.get();
            }
        } finally {
            working.set(false);
            pool.shutdownNow();
        }

        assertThat(refused)
                .as("admin page loads refused of " + ADMINS * LOADS_PER_ADMIN)
                .isEmpty();
        assertThat(letIn)
                .as("admin pages shown to a non-admin or anonymous browser")
                .isEmpty();
        assertThat(othersTurnedAway.get()).isPositive();
        String refusal = "Refused GET /admin/settings/users.xhtml to '" + planner + "': not in the admin role";
        assertThat(log.awaiting(refusal, Duration.ofSeconds(10))).contains(refusal);
    }

    private static void adminLoadsPages(String admin, List<String> refused) {
        try (AdminSession session = AdminSession.open()) {
            assertThat(AdminSession.admitted(session.logIn(admin, PASSWORD))).isTrue();
            for (int i = 0; i < LOADS_PER_ADMIN; i++) {
                String path = PAGES.get(i % PAGES.size());
                AdminSession.Page page = session.get(path);
                if (page.status() != 200 || !page.body().contains("id=\"menu\"")) {
                    refused.add(admin + " " + path + " -> " + page.status() + " " + page.location());
                }
            }
        }
    }

    /** A signed-in planner (or, with no username, an anonymous browser) tries the same pages. */
    private static void othersLoadPages(
            String username, List<String> letIn, AtomicInteger turnedAway, AtomicBoolean working) {
        try (AdminSession session = AdminSession.open()) {
            if (username != null) {
                assertThat(AdminSession.admitted(session.logIn(username, PASSWORD)))
                        .isTrue();
            }
            for (int i = 0; working.get(); i++) {
                String path = PAGES.get(i % PAGES.size());
                AdminSession.Page page = session.get(path);
                boolean refusedAsExpected = username == null ? page.isLoginRedirect() : page.status() == 403;
                if (refusedAsExpected) {
                    turnedAway.incrementAndGet();
                } else {
                    letIn.add(username + " " + path + " -> " + page.status() + " " + page.location());
                }
            }
        }
    }

    private static void loginsMeanwhile(String admin, AtomicBoolean working) {
        while (working.get()) {
            try (AdminSession session = AdminSession.open()) {
                session.logIn(admin, PASSWORD);
            }
        }
    }

    private static void anonymousApiCalls(AtomicBoolean working) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(Settings.baseUrl() + "/api/v1/teams"))
                .header("Authorization", "Token kop_not-a-key")
                .build();
        while (working.get()) {
            try {
                client.send(request, HttpResponse.BodyHandlers.discarding());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
