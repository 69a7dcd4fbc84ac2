package koppel.it.scale;

import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import koppel.it.api.Api;
import koppel.it.api.Fixtures;

/**
 * Clients written through the balancer by a few threads until stopped, as an integrator's load
 * during a fault: which writes were acknowledged (201), and every answer with the node that gave it.
 */
final class Load implements AutoCloseable {

    /** One answer: when, its status (0 when the connection failed), and the node the balancer named. */
    record Answer(Instant at, int status, String node) {}

    private static final Duration DEADLINE = Duration.ofMinutes(2);

    private final String clients;
    private final Api api;
    private final ExecutorService threads;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<String> acknowledged = new CopyOnWriteArrayList<>();
    private final List<Answer> answers = new CopyOnWriteArrayList<>();

    private Load(Fixtures.Key key, int threadCount) {
        this.clients = "/teams/" + key.team() + "/clients";
        this.api = key.api();
        this.threads = Executors.newFixedThreadPool(threadCount);
        for (int i = 0; i < threadCount; i++) {
            threads.submit(this::write);
        }
    }

    static Load start(Fixtures.Key key, int threads) {
        return new Load(key, threads);
    }

    private void write() {
        while (running.get()) {
            try {
                Api.Reply reply = api.post(
                        clients,
                        Json.createObjectBuilder()
                                .add("first_name", "Load")
                                .add("last_name", "Client " + answers.size())
                                .build());
                answers.add(new Answer(
                        Instant.now(),
                        reply.status(),
                        reply.header("X-Koppel-Node").orElse("")));
                if (reply.status() == 201) {
                    acknowledged.add(reply.json().getString("id"));
                }
            } catch (RuntimeException failed) {
                answers.add(new Answer(Instant.now(), 0, ""));
            }
        }
    }

    /** Waits until this many writes were acknowledged in all. */
    void awaitAcknowledged(int count) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (acknowledged.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        count + " writes not acknowledged within " + DEADLINE + "; answers: " + tail());
            }
            Thread.sleep(50);
        }
    }

    /** Lets the load run until then: a stretch of load through a fault, whatever it answers. */
    void runUntil(Instant end) throws InterruptedException {
        while (Instant.now().isBefore(end)) {
            Thread.sleep(100);
        }
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    /** The ids of the clients whose writes were acknowledged. */
    List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    List<Answer> answersSince(Instant since) {
        return answers.stream().filter(answer -> !answer.at().isBefore(since)).toList();
    }

    private List<Answer> tail() {
        return answers.subList(Math.max(0, answers.size() - 10), answers.size());
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        threads.shutdown();
        threads.awaitTermination(1, TimeUnit.MINUTES);
    }
}
