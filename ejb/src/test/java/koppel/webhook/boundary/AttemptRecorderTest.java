package koppel.webhook.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import koppel.webhook.control.Poster.Outcome;
import koppel.webhook.control.Poster.Parcel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AttemptRecorderTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private final HeldDeliveries deliveries = new HeldDeliveries();
    private final AttemptRecorder recorder = new AttemptRecorder();
    private final ExecutorService consumers = Executors.newFixedThreadPool(8);

    @BeforeEach
    void start() throws ReflectiveOperationException {
        set("threads", new PlainThreads());
        set("deliveries", deliveries);
        recorder.start();
    }

    @AfterEach
    void stop() {
        deliveries.release.countDown();
        consumers.shutdownNow();
    }

    @Test
    void batchesThatArriveWhileAGroupCommitsAreRecordedTogetherAndEachOnce() throws Exception {
        List<Future<List<UUID>>> handedOver = new ArrayList<>();
        for (int consumer = 0; consumer < 8; consumer++) {
            handedOver.add(consumers.submit(() -> {
                List<UUID> ids = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    Sent sent = sent();
                    ids.addAll(sent.outcomes().keySet());
                    recorder.record(sent);
                }
                return ids;
            }));
        }
        await(() -> recorder.waiting() == AttemptRecorder.WAITING); // the consumers now wait for room
        deliveries.release.countDown();
        List<UUID> expected = new ArrayList<>();
        for (Future<List<UUID>> consumer : handedOver) {
            expected.addAll(consumer.get(DEADLINE.toSeconds(), TimeUnit.SECONDS));
        }
        await(() -> deliveries.recorded().size() == expected.size());

        assertThat(deliveries.recorded()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(deliveries.groups).allSatisfy(size -> assertThat(size).isBetween(1, AttemptRecorder.GROUP));
        assertThat(Collections.max(deliveries.groups)).isEqualTo(AttemptRecorder.GROUP);
    }

    @Test
    void whatWaitsWhenTheRecorderStopsIsRecordedBeforeItStops() throws Exception {
        List<UUID> expected = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Sent sent = sent();
            expected.addAll(sent.outcomes().keySet());
            recorder.record(sent);
        }
        await(() -> deliveries.groups.size() == 1); // the writer holds its first group

        Future<?> stopped = consumers.submit(recorder::stop);
        deliveries.release.countDown();
        stopped.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);

        assertThat(deliveries.recorded()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aGroupTheDatabaseRefusesIsRecordedBatchByBatchAndOnlyTheBatchThatFailsIsLost() throws Exception {
        Sent refused = sent();
        deliveries.refuse(refused.outcomes().keySet().iterator().next());
        List<UUID> expected = new ArrayList<>();
        recorder.record(sent()); // the writer holds this one while the others wait: they make a group
        await(() -> deliveries.groups.size() == 1);
        for (Sent sent : List.of(sent(), refused, sent())) {
            recorder.record(sent);
            if (sent != refused) {
                expected.addAll(sent.outcomes().keySet());
            }
        }
        deliveries.release.countDown();

        await(() -> deliveries.recorded().containsAll(expected));
        assertThat(deliveries.groups).contains(3); // the group, refused, then its batches one by one
        assertThat(deliveries.recorded())
                .doesNotContainAnyElementsOf(refused.outcomes().keySet());
    }

    @Test
    void anEmptyBatchIsNotHandedOver() {
        recorder.record(Sent.nothing(Courier.SCHEDULED));

        assertThat(recorder.waiting()).isZero();
        assertThat(deliveries.groups).isEmpty();
    }

    private static Sent sent() {
        UUID id = UUID.randomUUID();
        return new Sent(
                Map.of(id, new Shipment(new Parcel("http://127.0.0.1:1/", Map.of(), "{}"), false, false)),
                Map.of(id, new Outcome(200, "", null, 1)),
                Courier.SCHEDULED);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within %s", DEADLINE).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private void set(String name, Object value) throws ReflectiveOperationException {
        Field field = AttemptRecorder.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(recorder, value);
    }

    /** Deliveries that note each group recorded, and hold the first one until released. */
    private static final class HeldDeliveries extends Deliveries {

        final CountDownLatch release = new CountDownLatch(1);
        final List<Integer> groups = Collections.synchronizedList(new ArrayList<>());
        private final List<UUID> recorded = Collections.synchronizedList(new ArrayList<>());

        private volatile UUID refused;

        /** Refuses every group with an attempt of this delivery, as a deadlocked transaction would fail. */
        void refuse(UUID delivery) {
            refused = delivery;
        }

        @Override
        public void record(List<Sent> batches) {
            groups.add(batches.size());
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (refused != null
                    && batches.stream().anyMatch(sent -> sent.outcomes().containsKey(refused))) {
                throw new IllegalStateException("Deadlock detected");
            }
            batches.forEach(sent -> recorded.addAll(sent.outcomes().keySet()));
        }

        List<UUID> recorded() {
            synchronized (recorded) {
                return new ArrayList<>(recorded);
            }
        }
    }
}
