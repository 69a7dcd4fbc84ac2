package koppel.it.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import koppel.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Changes made at once from many threads are fanned out by the drains their commits ask for, not
 * left to the timer: every event arrives, each well before the timer would have taken an event no
 * drain took (10 s after it was written). A commit whose request for a drain got lost between two
 * drains ending and starting would show here as an event that arrives late.
 */
@ExtendWith(ArquillianExtension.class)
class ParallelChangesIT {

    private static final int THREADS = 8;
    private static final int CHANGES = 240;

    /** Less than the timer's grace for an event no drain took. */
    private static final Duration PROMPTLY = Duration.ofSeconds(8);

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void everyEventOfParallelChangesArrivesPromptly() throws Exception {
        WebhookSetup setup = WebhookSetup.forBenchmark();
        try (Receiver receiver = Receiver.start()) {
            WebhookSetup.Fleet fleet = setup.fleet(receiver, 1);
            Map<String, Instant> committed = new ConcurrentHashMap<>();
            ExecutorService writers = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> sent = new ArrayList<>();
                for (int i = 0; i < CHANGES; i++) {
                    sent.add(writers.submit(
                            () -> committed.put(setup.change().json().getString("id"), Instant.now())));
                }
                for (Future<?> change : sent) {
                    change.get();
                }
            } finally {
                writers.shutdown();
            }

            Map<String, Instant> arrived = fleet.await(CHANGES, Duration.ofMinutes(1)).stream()
                    .collect(Collectors.toMap(
                            arrival -> arrival.json().getJsonObject("resource").getString("id"),
                            Receiver.Arrival::at,
                            (first, again) -> first));
            assertThat(arrived.keySet()).containsAll(committed.keySet());
            assertThat(committed)
                    .allSatisfy((client, at) -> assertThat(Duration.between(at, arrived.get(client)))
                            .as("from the commit of client %s to its event's arrival", client)
                            .isLessThan(PROMPTLY));
        }
    }
}
