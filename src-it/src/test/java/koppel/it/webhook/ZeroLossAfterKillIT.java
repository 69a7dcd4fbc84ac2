package koppel.it.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import koppel.it.Deployments;
import koppel.it.Settings;
import koppel.it.api.Api.Reply;
import koppel.it.api.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No event is lost to a crash: 1,000 changes are made while the receiver is slow, the server is
 * killed with {@code kill -9} in the middle of delivering them and started again (the receiver is
 * quick from then on), and every one of the 1,000 events reaches the receiver at least once; duplicates are counted and reported (in the
 * log and {@code target/zero-loss.txt}). Payara with H2 only (the CI leg that runs fault checks);
 * it runs last of the suite (by name), since it restarts the server under the other tests' feet.
 */
@ExtendWith(ArquillianExtension.class)
class ZeroLossAfterKillIT {

    private static final int CHANGES = 1000;

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void everyEventOfAThousandChangesArrivesAfterAKillDuringDelivery() throws Exception {
        assumeTrue(
                Boolean.parseBoolean(System.getProperty("koppel.it.faults", "false")), "fault checks run in one leg");
        Path domain = Path.of(Settings.require("koppel.it.server-home"), "glassfish", "domains", "domain1");
        try (Receiver receiver = Receiver.start()) {
            Hooks hooks = new Hooks(Fixtures.key(
                    List.of(Fixtures.team()),
                    Hooks.PERMISSIONS,
                    b -> b.add("rate_per_second", 10_000).add("rate_per_day", 100_000)));
            String path = receiver.newPath();
            receiver.delay(path, Duration.ofSeconds(1));
            hooks.endpoint(hooks.integration(), receiver.url(path), List.of("client.created"), true);

            Set<String> clients = createClients(hooks);
            receiver.await(path, Duration.ofMinutes(2), now -> now.size() >= CHANGES / 10);
            long pid = Long.parseLong(
                    Files.readString(domain.resolve("config/pid")).strip());
            ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
            new ProcessBuilder("kill", "-9", Long.toString(pid))
                    .inheritIO()
                    .start()
                    .waitFor();
            server.onExit().get();
            int beforeKill = receiver.arrivals(path).size();
            assertThat(beforeKill).as("killed in the middle of delivery").isLessThan(CHANGES);
            // the crash has happened: from now on the receiver answers at once, so the rest arrive sooner
            receiver.delay(path, Duration.ZERO);
            restart(domain);

            List<Receiver.Arrival> arrivals = receiver.await(
                    path, Duration.ofMinutes(4), now -> resources(now).containsAll(clients));
            Set<String> eventIds =
                    arrivals.stream().map(a -> a.header("webhook-id")).collect(Collectors.toSet());
            String report = "zero-loss: " + CHANGES + " changes, " + arrivals.size() + " deliveries received ("
                    + beforeKill + " before the kill), " + eventIds.size() + " distinct event ids, "
                    + (arrivals.size() - eventIds.size()) + " duplicates";
            System.out.println(report);
            Files.writeString(Path.of("target", "zero-loss.txt"), report + System.lineSeparator());
            assertThat(resources(arrivals)).containsAll(clients);
            assertThat(eventIds).hasSizeGreaterThanOrEqualTo(CHANGES);
        }
    }

    private static Set<String> createClients(Hooks hooks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < CHANGES; i++) {
                int n = i;
                replies.add(threads.submit(() -> hooks.api.post(
                        "/teams/" + hooks.team + "/clients",
                        Json.createObjectBuilder()
                                .add("first_name", "Kill")
                                .add("last_name", "Nine " + n)
                                .build())));
            }
            Set<String> ids = new HashSet<>();
            for (Future<Reply> reply : replies) {
                Reply created = reply.get();
                assertThat(created.status()).as(created.toString()).isEqualTo(201);
                ids.add(created.json().getString("id"));
            }
            return ids;
        } finally {
            threads.shutdown();
        }
    }

    private static Set<String> resources(List<Receiver.Arrival> arrivals) {
        return arrivals.stream()
                .map(a -> a.json().getJsonObject("resource").getString("id"))
                .collect(Collectors.toSet());
    }

    /** Starts the killed domain again and waits until the API answers. */
    private static void restart(Path domain) throws IOException, InterruptedException {
        Path asadmin = domain.getParent().getParent().getParent().resolve("bin/asadmin");
        Process start = new ProcessBuilder(asadmin.toString(), "start-domain", "domain1")
                .inheritIO()
                .start();
        assertThat(start.waitFor()).as("asadmin start-domain").isZero();
        HttpClient client = HttpClient.newHttpClient();
        Instant end = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(end)) {
            try {
                HttpResponse<String> answer = client.send(
                        HttpRequest.newBuilder(URI.create(Settings.baseUrl() + "/api/v1"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 401 || answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the listener is not up yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The API did not answer within 2 minutes of the restart");
    }
}
