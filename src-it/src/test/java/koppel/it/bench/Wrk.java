package koppel.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * wrk, as the benchmarks run it: two threads, the given connections and duration, latency
 * percentiles; every request must succeed. Its figures, and the table they are reported in.
 */
public final class Wrk {

    private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern LATENCY =
            Pattern.compile("^\\s+(50|99)%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);

    /** One measured endpoint. */
    public record Result(String name, double requestsPerSecond, double p50Millis, double p99Millis) {}

    private Wrk() {}

    /** A run whose figures are not kept (JIT, caches, connections): its answers are not checked. */
    public static void warmUp(String url, String key, String connections) throws IOException, InterruptedException {
        execute(url, key, "10s", connections);
    }

    public static String run(String url, String key, String duration, String connections)
            throws IOException, InterruptedException {
        String output = execute(url, key, duration, connections);
        assertThat(output)
                .as("every request answered 2xx")
                .doesNotContain("Non-2xx")
                .doesNotContain("Socket errors");
        return output;
    }

    private static String execute(String url, String key, String duration, String connections)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of("wrk", "--latency", "-t", "2", "-c", connections, "-d", duration));
        if (key != null) {
            command.addAll(List.of("-H", "Authorization: Token " + key));
        }
        if (url.contains(SCRIPT)) {
            command.addAll(List.of("-s", url.substring(0, url.indexOf(SCRIPT))));
            url = url.substring(url.indexOf(SCRIPT) + SCRIPT.length());
        } else {
            command.addAll(List.of("-s", script("get", "").toString()));
        }
        command.add(url);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }

    /** Separates a wrk script from the URL it runs against, in the one string {@link #run} takes. */
    private static final String SCRIPT = " script-for ";

    /**
     * Prints the first few answers other than 2xx of each wrk thread, with the node that gave them
     * (behind the scale-out balancer), so that a failed run says what went wrong.
     */
    private static final String REPORT_FAILURES = """
            local shown = 0
            function response(status, headers, body)
              if (status < 200 or status > 299) and shown < 3 then
                shown = shown + 1
                io.write("answer ", status, " from ", headers["X-Koppel-Node"] or "?", ": ", string.sub(body or "", 1, 300), "\\n")
              end
            end
            """;

    /** A wrk Lua script that PUTs the same client over and over; returned with the URL it runs against. */
    public static String putScript(String url) throws IOException {
        return script(
                        "put-client",
                        "wrk.method = \"PUT\"\n"
                                + "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
                                + "wrk.body = '{\"first_name\": \"Bench\", \"last_name\": \"Writer\"}'\n")
                + SCRIPT
                + url;
    }

    private static Path script(String name, String requests) throws IOException {
        Path script = Files.createTempFile(name, ".lua");
        script.toFile().deleteOnExit();
        Files.writeString(script, requests + REPORT_FAILURES);
        return script;
    }

    public static Result parse(String name, String output) {
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

    /** The results as a Markdown table, with how wrk ran. */
    public static String table(List<Result> results, String duration, String connections) {
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
        return table.toString();
    }
}
