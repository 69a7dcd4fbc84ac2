package koppel.it.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import koppel.it.Deployments;
import koppel.it.Settings;
import koppel.it.api.Api;
import koppel.it.api.Fixtures;
import koppel.it.api.Fixtures.Key;
import koppel.it.webhook.Receiver;
import koppel.it.webhook.WebhookSetup;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not a test: the driver of {@code bench/api.sh}. Deploys Koppel as the tests do, loads data, and
 * measures with wrk on loopback (a) an unauthenticated trivial endpoint, (b) an authenticated GET
 * of one client, (c) an authenticated list of 100 clients, (d) a PUT of one client, and (e) the
 * same PUT while one webhook endpoint is subscribed to its changes (warmed up together, with the
 * endpoint; (d) runs with it disabled), with the benchmark keys' throttle raised. Its name does not end in IT, so only {@code -Dit.test=ApiBenchmark} runs it. It prints
 * the figures and writes them to {@code target/benchmark.md}; it checks only that every request
 * succeeded.
 */
@ExtendWith(ArquillianExtension.class)
class ApiBenchmark {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void measure() throws Exception {
        String team = Fixtures.team();
        List<String> clients = Fixtures.clients(team, 150);
        Key key = Fixtures.key(
                List.of(team),
                Map.of("clients", "read"),
                b -> b.add("rate_per_second", 1_000_000).add("rate_per_day", 100_000_000));
        Key writer = Fixtures.key(
                List.of(team),
                Map.of("clients", "write", "webhooks", "write"),
                b -> b.add("rate_per_second", 1_000_000).add("rate_per_day", 100_000_000));
        String base = Api.url("/teams/" + team + "/clients");
        String duration = System.getProperty("koppel.bench.duration", "20s");
        String connections = System.getProperty("koppel.bench.connections", "16");

        // Warm-up: the JIT and the caches, for every endpoint.
        for (String url : List.of(Api.url("/"), base + "/" + clients.get(0), base + "?limit=100")) {
            Wrk.warmUp(url, key.secret(), connections);
        }
        List<Wrk.Result> results = new ArrayList<>();
        results.add(Wrk.parse("(a) GET /api/v1/, no key", Wrk.run(Api.url("/"), null, duration, connections)));
        results.add(Wrk.parse(
                "(b) GET one client, with key",
                Wrk.run(base + "/" + clients.get(0), key.secret(), duration, connections)));
        results.add(Wrk.parse(
                "(c) GET 100 clients, with key", Wrk.run(base + "?limit=100", key.secret(), duration, connections)));

        // Writes: PUT of one client, with no webhook endpoint, then with one subscribed to its changes.
        // The warm-up runs with the endpoint subscribed, so that both paths are compiled before either
        // is measured; (d) then runs with the endpoint disabled.
        String put = Wrk.putScript(base + "/" + clients.get(1));
        try (Receiver receiver = Receiver.start()) {
            WebhookSetup.Fleet endpoint = WebhookSetup.forKey(writer).fleet(receiver, 1, "client.updated");
            Wrk.warmUp(put, writer.secret(), connections);
            awaitQuiet(receiver);
            endpoint.enable(false);
            results.add(Wrk.parse(
                    "(d) PUT one client, no webhook endpoint", Wrk.run(put, writer.secret(), duration, connections)));
            endpoint.enable(true);
            results.add(Wrk.parse(
                    "(e) PUT one client, one endpoint subscribed",
                    Wrk.run(put, writer.secret(), duration, connections)));
        }

        String report = report(results, duration, connections);
        System.out.println(report);
        Path out =
                Path.of(Settings.require("koppel.it.screenshots")).getParent().resolve("benchmark.md");
        Files.writeString(out, report, StandardCharsets.UTF_8);
    }

    /** Waits (a minute at most) until the receiver has had nothing new for a second. */
    private static void awaitQuiet(Receiver receiver) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        int seen = -1;
        while (Instant.now().isBefore(deadline) && receiver.all().size() != seen) {
            seen = receiver.all().size();
            Thread.sleep(1000);
        }
    }

    private static String report(List<Wrk.Result> results, String duration, String connections) {
        double a = results.get(0).requestsPerSecond();
        return Wrk.table(results, duration, connections)
                + String.format(
                        Locale.ROOT,
                        "%nb/a = %.2f, c/a = %.2f, e/d (a write with one webhook endpoint subscribed / none) = %.2f%n",
                        results.get(1).requestsPerSecond() / a,
                        results.get(2).requestsPerSecond() / a,
                        results.get(4).requestsPerSecond() / results.get(3).requestsPerSecond());
    }
}
