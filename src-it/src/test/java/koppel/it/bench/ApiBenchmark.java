package koppel.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import koppel.it.Deployments;
import koppel.it.Settings;
import koppel.it.api.Api;
import koppel.it.api.Fixtures;
import koppel.it.api.Fixtures.Key;
import koppel.it.webhook.Receiver;
import koppel.it.webhook.WebhookSetup;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not a test: the driver of {@code bench/api.sh}. Deploys Koppel as the tests do, loads data, and
 * measures with wrk on loopback (a) an unauthenticated trivial endpoint, (b) an authenticated GET
 * of one client, (c) an authenticated list of 100 clients, (d) a PUT of one client, and (e) the
 * same PUT while one webhook endpoint is subscribed to its changes, with the benchmark keys'
 * throttle raised. Its name does not end in IT, so only {@code -Dit.test=ApiBenchmark} runs it. It prints
 * the figures and writes them to {@code target/benchmark.md}; it checks only that every request
 * succeeded.
 */
@ExtendWith(ArquillianExtension.class)
class ApiBenchmark {

    private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern LATENCY =
            Pattern.compile("^\\s+(50|99)%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);

    /** One measured endpoint. */
    private record Result(String name, double requestsPerSecond, double p50Millis, double p99Millis) {}

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
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
            wrk(url, key.secret(), "10s", connections);
        }
        List<Result> results = new ArrayList<>();
        results.add(parse("(a) GET /api/v1/, no key", wrk(Api.url("/"), null, duration, connections)));
        results.add(parse(
                "(b) GET one client, with key", wrk(base + "/" + clients.get(0), key.secret(), duration, connections)));
        results.add(
                parse("(c) GET 100 clients, with key", wrk(base + "?limit=100", key.secret(), duration, connections)));

        // Writes: PUT of one client, with no webhook endpoint, then with one subscribed to its changes.
        String put = putScript(base + "/" + clients.get(1));
        wrk(put, writer.secret(), "10s", connections);
        results.add(parse("(d) PUT one client, no webhook endpoint", wrk(put, writer.secret(), duration, connections)));
        try (Receiver receiver = Receiver.start()) {
            WebhookSetup.forKey(writer).fleet(receiver, 1, "client.updated");
            results.add(parse(
                    "(e) PUT one client, one endpoint subscribed", wrk(put, writer.secret(), duration, connections)));
        }

        String report = report(results, duration, connections);
        System.out.println(report);
        Path out =
                Path.of(Settings.require("koppel.it.screenshots")).getParent().resolve("benchmark.md");
        Files.writeString(out, report, StandardCharsets.UTF_8);
    }

    private static String wrk(String url, String key, String duration, String connections)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of("wrk", "--latency", "-t", "2", "-c", connections, "-d", duration));
        if (key != null) {
            command.addAll(List.of("-H", "Authorization: Token " + key));
        }
        if (url.contains(SCRIPT)) {
            command.addAll(List.of("-s", url.substring(0, url.indexOf(SCRIPT))));
            url = url.substring(url.indexOf(SCRIPT) + SCRIPT.length());
        }
        command.add(url);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output)
                .as("every request answered 2xx")
                .doesNotContain("Non-2xx")
                .doesNotContain("Socket errors");
        return output;
    }

    /** Separates a wrk script from the URL it runs against, in the one string {@link #wrk} takes. */
    private static final String SCRIPT = " script-for ";

    /** A wrk Lua script that PUTs the same client over and over; returned with the URL it runs against. */
    private static String putScript(String url) throws IOException {
        Path script = Files.createTempFile("put-client", ".lua");
        Files.writeString(
                script,
                "wrk.method = \"PUT\"\n"
                        + "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
                        + "wrk.body = '{\"first_name\": \"Bench\", \"last_name\": \"Writer\"}'\n");
        return script + SCRIPT + url;
    }

    private static Result parse(String name, String output) {
        Matcher rps = REQUESTS.matcher(output);
        assertThat(rps.find()).as(output).isTrue();
        double p50 = 0;
        double p99 = 0;
        Matcher latency = LATENCY.matcher(output);
        while (latency.find()) {
            double value = Double.parseDouble(latency.group(2))
                    * switch (latency.group(3)) {
                        case "us" -> 0.001;
                        case "s" -> 1000;
                        default -> 1;
                    };
            if (latency.group(1).equals("50")) {
                p50 = value;
            } else {
                p99 = value;
            }
        }
        return new Result(name, Double.parseDouble(rps.group(1)), p50, p99);
    }

    private static String report(List<Result> results, String duration, String connections) {
        StringBuilder table = new StringBuilder()
                .append("wrk -t 2 -c ")
                .append(connections)
                .append(" -d ")
                .append(duration)
                .append(", after a 10 s warm-up each\n\n")
                .append("| endpoint | requests/s | p50 ms | p99 ms |\n|---|---:|---:|---:|\n");
        for (Result result : results) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %.2f | %.2f |%n",
                    result.name(),
                    result.requestsPerSecond(),
                    result.p50Millis(),
                    result.p99Millis()));
        }
        double a = results.get(0).requestsPerSecond();
        table.append(String.format(
                Locale.ROOT,
                "%nb/a = %.2f, c/a = %.2f, e/d (a write with one webhook endpoint subscribed / none) = %.2f%n",
                results.get(1).requestsPerSecond() / a,
                results.get(2).requestsPerSecond() / a,
                results.get(4).requestsPerSecond() / results.get(3).requestsPerSecond()));
        return table.toString();
    }
}
