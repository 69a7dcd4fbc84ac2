package koppel.it.webhook;

import static org.assertj.core.api.Assertions.fail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import koppel.it.Settings;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A webhook receiver on the one loopback port the server may post to: each test takes a path of
 * its own ({@link #newPath}), says what that path answers, and reads what arrived there. Every
 * request is kept, with its headers (names in lower case) and body. A test class that needs one
 * throughout registers {@link #perClass()} as an extension; a test that needs one for a while
 * {@link #start()}s it and closes it.
 */
public final class Receiver implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    /** One request that arrived. */
    public record Arrival(String path, Map<String, String> headers, String body, Instant at) {

        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public String header(String name) {
            return headers.get(name);
        }
    }

    private HttpServer server;
    private final Queue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
    private final Map<String, Queue<Arrival>> byPath = new ConcurrentHashMap<>();
    private final Map<String, Deque<Integer>> answers = new ConcurrentHashMap<>();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();

    private Receiver() {}

    /** A receiver listening now, until it is closed. */
    public static Receiver start() throws IOException {
        Receiver receiver = new Receiver();
        receiver.listen();
        return receiver;
    }

    /** A receiver that listens while the test class that registers it runs ({@code @RegisterExtension}). */
    public static Receiver perClass() {
        return new Receiver();
    }

    private void listen() throws IOException {
        int port = Integer.parseInt(Settings.require("koppel.it.webhook-port"));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 200);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.start();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        listen();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** A fresh path on this receiver, and the URL an endpoint posts to. */
    public String newPath() {
        return "/hooks/" + UUID.randomUUID();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The path answers these statuses, one per request, and 200 after them. */
    public void answer(String path, Integer... statuses) {
        answers.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).addAll(List.of(statuses));
    }

    /** The path takes this long before it answers. */
    public void delay(String path, Duration delay) {
        delays.put(path, delay);
    }

    public List<Arrival> arrivals(String path) {
        return List.copyOf(byPath.getOrDefault(path, new ConcurrentLinkedQueue<>()));
    }

    /** Waits until the path has received requests that satisfy the condition, or fails after the deadline. */
    public List<Arrival> await(String path, Duration deadline, Predicate<List<Arrival>> condition) {
        Instant end = Instant.now().plus(deadline);
        while (Instant.now().isBefore(end)) {
            List<Arrival> now = arrivals(path);
            if (condition.test(now)) {
                return now;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<Arrival> received = arrivals(path);
        return fail("Within " + deadline + " " + path + " did not receive what was expected; it received "
                + received.size() + " requests, the last of them: "
                + received.subList(Math.max(0, received.size() - 3), received.size()));
    }

    /** Waits for the first request of this event type at the path. */
    public Arrival awaitType(String path, String type, Duration deadline) {
        return await(
                        path,
                        deadline,
                        now -> now.stream().anyMatch(a -> type.equals(a.json().getString("type"))))
                .stream()
                .filter(a -> type.equals(a.json().getString("type")))
                .findFirst()
                .orElseThrow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Arrival arrival = new Arrival(path, headers, body, Instant.now());
        arrivals.add(arrival);
        byPath.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).add(arrival);
        Duration delay = delays.get(path);
        if (delay != null) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Deque<Integer> queued = answers.get(path);
        Integer status = queued == null ? null : queued.poll();
        byte[] answer = "{\"received\": true}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status == null ? 200 : status, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    /** All arrivals so far, for failure messages. */
    public List<Arrival> all() {
        return new ArrayList<>(arrivals);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
