package koppel.it.scale;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import koppel.it.Settings;
import koppel.it.api.Api;
import koppel.it.api.Fixtures;
import koppel.it.bench.Wrk;
import koppel.it.webhook.Receiver;
import koppel.it.webhook.WebhookSetup;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the driver of {@code bench/scale.sh}. Through the balancer of the two-node topology,
 * measures the API benchmark's reads (a), (b) and (c) with wrk and the webhook deliveries per
 * second of a backlog, first with both nodes, then with node-b stopped, and starts it again. Its
 * name does not end in IT, so only {@code -Dit.test=ScaleBenchmark} runs it; it prints the figures
 * and writes them to {@code target/scale-benchmark.md}.
 */
class ScaleBenchmark {

    private static final int DELIVERIES = 2_000;

    @Test
    void measure() throws Exception {
        String team = Fixtures.team();
        List<String> clients = Fixtures.clients(team, 150);
        Fixtures.Key key = Fixtures.key(
                List.of(team),
                Map.of("clients", "write", "webhooks", "write"),
                b -> b.add("rate_per_second", 1_000_000).add("rate_per_day", 100_000_000));
        String duration = System.getProperty("koppel.bench.duration", "20s");
        String connections = System.getProperty("koppel.bench.connections", "16");

        StringBuilder report = new StringBuilder();
        report.append("Two nodes behind the balancer\n\n").append(round(key, team, clients, duration, connections));
        Topology.server("stop-node", "node-b");
        try {
            report.append("\nOne node (node-b stopped)\n\n").append(round(key, team, clients, duration, connections));
        } finally {
            Topology.server("restart-node", "node-b");
        }
        System.out.println(report);
        Path out =
                Path.of(Settings.require("koppel.it.screenshots")).getParent().resolve("scale-benchmark.md");
        Files.writeString(out, report, StandardCharsets.UTF_8);
    }

    private static String round(
            Fixtures.Key key, String team, List<String> clients, String duration, String connections) throws Exception {
        String base = Api.url("/teams/" + team + "/clients");
        List<String> urls = List.of(Api.url("/"), base + "/" + clients.get(0), base + "?limit=100");
        for (String url : urls) {
            Wrk.warmUp(url, key.secret(), connections);
        }
        List<Wrk.Result> results = new ArrayList<>();
        results.add(Wrk.parse("(a) GET /api/v1/, no key", Wrk.run(urls.get(0), null, duration, connections)));
        results.add(
                Wrk.parse("(b) GET one client, with key", Wrk.run(urls.get(1), key.secret(), duration, connections)));
        results.add(
                Wrk.parse("(c) GET 100 clients, with key", Wrk.run(urls.get(2), key.secret(), duration, connections)));
        double deliveries;
        try (Receiver receiver = Receiver.start()) {
            deliveries = WebhookSetup.forKey(key).backlogThroughput(receiver, 1, DELIVERIES);
        }
        return Wrk.table(results, duration, connections)
                + String.format(
                        Locale.ROOT,
                        "%nWebhook deliveries of a backlog of %d to one endpoint: %.0f/s%n",
                        DELIVERIES,
                        deliveries);
    }
}
