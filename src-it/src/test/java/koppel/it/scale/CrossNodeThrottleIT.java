package koppel.it.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import koppel.it.api.Api;
import koppel.it.api.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A key's per-second limit holds for the cluster, not per node: at most 5 in each of the seconds
 * the run touches, from the start of its first request to the end of its last answer (11, or 12
 * when the requests under way at its end are answered in the next second). Fewer than 50 is
 * expected too, as each node also applies its own sliding window to the counts it knows; the lower
 * bound only shows the key is not starved.
 */
class CrossNodeThrottleIT {

    private static final int CLIENTS = 20;
    private static final Duration RUN = Duration.ofSeconds(10);

    @Test
    void aFivePerSecondKeyHitThroughTheBalancerIsAdmittedAtMostFiveTimesInEachSecondItTouches() throws Exception {
        Fixtures.Key key = Fixtures.key(
                List.of(Fixtures.team()),
                Map.of("clients", "read"),
                b -> b.add("rate_per_second", 5).add("rate_per_day", 100_000));
        String path = "/teams/" + key.team() + "/clients";
        Map<String, AtomicInteger> perNode = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger admitted = new AtomicInteger();
        AtomicInteger throttled = new AtomicInteger();
        List<Integer> others = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicLong lastAnswer = new AtomicLong();
        long firstRequest = System.currentTimeMillis();
        long end = System.nanoTime() + RUN.toNanos();

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                running.add(clients.submit(() -> {
                    Api api = key.api();
                    while (System.nanoTime() < end) {
                        Api.Reply reply = api.get(path);
                        lastAnswer.accumulateAndGet(System.currentTimeMillis(), Math::max);
                        int status = reply.status();
                        perNode.computeIfAbsent(
                                        reply.header("X-Koppel-Node").orElse("none"), node -> new AtomicInteger())
                                .incrementAndGet();
                        switch (status) {
                            case 200 -> admitted.incrementAndGet();
                            case 429 -> throttled.incrementAndGet();
                            default -> others.add(status);
                        }
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(others).as("answers other than 200 and 429").isEmpty();
        assertThat(perNode.keySet()).as("nodes that answered").containsExactlyInAnyOrder("node-a", "node-b");
        assertThat(throttled.get()).as("throttled").isPositive();
        long seconds = lastAnswer.get() / 1000 - firstRequest / 1000 + 1;
        assertThat(admitted.get())
                .as("admitted in %s, %s seconds touched (answers per node: %s)", RUN, seconds, perNode)
                .isBetween(30, (int) (5 * seconds));
    }
}
