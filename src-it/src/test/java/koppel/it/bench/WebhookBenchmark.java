package koppel.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import koppel.it.Deployments;
import koppel.it.Settings;
import koppel.it.api.Api.Reply;
import koppel.it.webhook.Receiver;
import koppel.it.webhook.WebhookSetup;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not a test: the driver of {@code bench/webhooks.sh}. Measures, with the receiver in this JVM on
 * loopback: sustained signed deliveries per second to one endpoint and to 100 endpoints, next to
 * a plain JDK HttpClient posting the same bodies to the same receiver (the physical limit); p50
 * and p99 from commit to arrival at 200 events/s; and how long one change takes to reach 100
 * endpoints. Writes the table to {@code target/webhook-benchmark.md}.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookBenchmark {

    private static final int BACKLOG = Integer.getInteger("koppel.bench.deliveries", 5000);

    /**
     * Only the latency and fan-out figures, after the short warm-up: for profiling them. The JIT
     * is still busy then, so the figures are higher than those of a whole run.
     */
    private static final boolean LATENCY_ONLY = Boolean.getBoolean("koppel.bench.latency-only");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void measure() throws Exception {
        StringBuilder report = new StringBuilder("| measure | figure |\n|---|---:|\n");
        try (Receiver receiver = Receiver.start()) {
            WebhookSetup setup = WebhookSetup.forBenchmark();
            // Warm-up: the JIT, the pools and the queues.
            setup.backlogThroughput(receiver, 1, 1000);

            if (!LATENCY_ONLY) {
                phase("backlog, 1 endpoint");
                double one = setup.backlogThroughput(receiver, 1, BACKLOG);
                phase("backlog, 100 endpoints");
                double hundred = setup.backlogThroughput(receiver, 100, BACKLOG);
                phase("plain client");
                double plain = plainClient(receiver, BACKLOG);
                row(report, "signed deliveries/s, 1 endpoint (" + BACKLOG + " queued)", one);
                row(report, "signed deliveries/s, 100 endpoints (" + BACKLOG + " queued)", hundred);
                row(report, "plain JDK HttpClient posts/s, same bodies, 32 at once", plain);
                row(report, "1 endpoint / plain client", one / plain);
            }
            phase("latency");
            List<Double> latencies = latencies(setup, receiver, 200, Duration.ofSeconds(20));
            row(report, "commit to arrival p50 ms, 200 events/s for 20 s", percentile(latencies, 50));
            row(report, "commit to arrival p99 ms, 200 events/s for 20 s", percentile(latencies, 99));
            phase("fan-out");
            List<Double> fanOuts = fanOut(setup, receiver, 10);
            row(report, "one change to 100 endpoints, median ms (10 changes)", percentile(fanOuts, 50));
            row(report, "one change to 100 endpoints, slowest ms (10 changes)", percentile(fanOuts, 100));
        }
        System.out.println(report);
        Path out =
                Path.of(Settings.require("koppel.it.screenshots")).getParent().resolve("webhook-benchmark.md");
        Files.writeString(out, report, StandardCharsets.UTF_8);
    }

    /** Says when a phase starts, for matching a profile of the server to the phases. */
    private static void phase(String name) {
        System.out.println(Instant.now() + " benchmark phase: " + name);
    }

    /** The same bodies posted by a plain client with 32 requests at once, as the server's pool posts. */
    private static double plainClient(Receiver receiver, int posts) throws Exception {
        String path = receiver.newPath();
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String body = receiver.all().isEmpty() ? "{}" : receiver.all().get(0).body();
        ExecutorService threads = Executors.newFixedThreadPool(32);
        long start = System.nanoTime();
        List<Future<Integer>> sent = new ArrayList<>();
        for (int i = 0; i < posts; i++) {
            sent.add(threads.submit(() -> client.send(
                            HttpRequest.newBuilder(URI.create(receiver.url(path)))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode()));
        }
        for (Future<Integer> status : sent) {
            assertThat(status.get()).isEqualTo(200);
        }
        double rate = posts / ((System.nanoTime() - start) / 1e9);
        threads.shutdown();
        return rate;
    }

    /** Milliseconds from each change's answer (after its commit) to its event's arrival. */
    private static List<Double> latencies(WebhookSetup setup, Receiver receiver, int perSecond, Duration length)
            throws Exception {
        WebhookSetup.Fleet fleet = setup.fleet(receiver, 1);
        Map<String, Instant> committed = new ConcurrentHashMap<>();
        int changes = (int) (perSecond * length.toSeconds());
        ExecutorService threads = Executors.newScheduledThreadPool(16);
        long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long start = System.nanoTime();
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < changes; i++) {
            long due = start + i * period;
            sent.add(((java.util.concurrent.ScheduledExecutorService) threads)
                    .schedule(
                            () -> {
                                Reply created = setup.change();
                                committed.put(created.json().getString("id"), Instant.now());
                            },
                            due - System.nanoTime(),
                            TimeUnit.NANOSECONDS));
        }
        for (Future<?> future : sent) {
            future.get();
        }
        threads.shutdown();
        List<Receiver.Arrival> arrivals = fleet.await(changes, Duration.ofMinutes(5));
        fleet.awaitRecorded(Duration.ofMinutes(5));
        List<Double> latencies = new ArrayList<>();
        for (Receiver.Arrival arrival : arrivals) {
            Instant at = committed.get(arrival.json().getJsonObject("resource").getString("id"));
            if (at != null) {
                latencies.add(Duration.between(at, arrival.at()).toNanos() / 1e6);
            }
        }
        return latencies;
    }

    /** Milliseconds from a change's answer to the arrival of its event at the last of 100 endpoints. */
    private static List<Double> fanOut(WebhookSetup setup, Receiver receiver, int rounds) throws Exception {
        WebhookSetup.Fleet fleet = setup.fleet(receiver, 100);
        List<Double> times = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Reply created = setup.change();
            Instant committed = Instant.now();
            List<Receiver.Arrival> arrivals = fleet.await(100 * round, Duration.ofMinutes(1));
            Instant last = arrivals.stream()
                    .map(Receiver.Arrival::at)
                    .max(Instant::compareTo)
                    .orElseThrow();
            assertThat(created.status()).isEqualTo(201);
            times.add(Duration.between(committed, last).toNanos() / 1e6);
        }
        return times;
    }

    private static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static void row(StringBuilder report, String measure, double figure) {
        report.append(String.format(Locale.ROOT, "| %s | %.2f |%n", measure, figure));
    }
}
