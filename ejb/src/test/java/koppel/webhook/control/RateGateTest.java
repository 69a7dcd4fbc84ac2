package koppel.webhook.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import koppel.common.control.ClusterPermits;
import koppel.common.control.MemoryPermitRows;
import org.junit.jupiter.api.Test;

class RateGateTest {

    private static final Instant START = Instant.parse("2026-12-04T06:00:00Z");

    @Test
    void theFirstDeliveryGoesAtOnceAndTheNextWaitsOneInterval() {
        RateGate gate = gate();
        UUID endpoint = UUID.randomUUID();

        assertThat(gate.reserve(endpoint, 4, START)).isZero();
        assertThat(gate.reserve(endpoint, 4, START.plusMillis(100))).isEqualTo(Duration.ofMillis(150));
        assertThat(gate.reserve(endpoint, 4, START.plusMillis(250))).isZero();
        assertThat(gate.reserve(UUID.randomUUID(), 4, START.plusMillis(251))).isZero();
    }

    @Test
    void ratesThatDoNotDivideASecondAreNeverExceeded() {
        for (int rate : new int[] {3, 300, 600, 1_001, 7_777, 10_000}) {
            // asked once a microsecond, each delivery goes up to a microsecond after its slot
            assertThat(admittedInOneSecond(gate(), rate))
                    .as("max_rate %d", rate)
                    .isBetween(rate * 99 / 100, rate);
        }
    }

    @Test
    void twoInstancesTogetherKeepToTheRate() {
        MemoryPermitRows shared = new MemoryPermitRows();
        RateGate first = new RateGate(new ClusterPermits(shared));
        RateGate second = new RateGate(new ClusterPermits(shared));
        UUID endpoint = UUID.randomUUID();
        int rate = 50;
        int admitted = 0;
        for (long micros = 0; micros < 2_000_000; micros += 100) {
            Instant now = START.plusNanos(micros * 1000);
            admitted += first.reserve(endpoint, rate, now).isZero() ? 1 : 0;
            admitted += second.reserve(endpoint, rate, now.plusNanos(50_000)).isZero() ? 1 : 0;
        }
        // each alone would send 50 a second: two seconds of both would be 200
        assertThat(admitted).isGreaterThan(rate).isLessThanOrEqualTo(2 * rate);
    }

    @Test
    void anInstanceWhoseSecondTheOthersUsedUpWaitsForTheNextSecond() {
        MemoryPermitRows shared = new MemoryPermitRows();
        RateGate first = new RateGate(new ClusterPermits(shared));
        RateGate second = new RateGate(new ClusterPermits(shared));
        UUID endpoint = UUID.randomUUID();

        assertThat(first.reserve(endpoint, 2, START)).isZero();
        assertThat(first.reserve(endpoint, 2, START.plusMillis(500))).isZero();
        assertThat(second.reserve(endpoint, 2, START.plusMillis(600))).isEqualTo(Duration.ofMillis(400));
        assertThat(second.reserve(endpoint, 2, START.plusMillis(1000))).isZero();
    }

    @Test
    void parallelSendersShareTheRate() throws Exception {
        RateGate gate = gate();
        UUID endpoint = UUID.randomUUID();
        int rate = 500;
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> senders = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                senders.add(() -> {
                    int admitted = 0;
                    // each asks every 100 µs through one second, at moments of its own
                    for (long micros = offset; micros < 1_000_000; micros += 100) {
                        if (gate.reserve(endpoint, rate, START.plusNanos(micros * 1000))
                                .isZero()) {
                            admitted++;
                        }
                    }
                    return admitted;
                });
            }
            int admitted = 0;
            for (Future<Integer> sender : threads.invokeAll(senders)) {
                admitted += sender.get();
            }
            // the moments of different threads interleave out of order; the gate never runs ahead
            assertThat(admitted).isBetween(1, rate);
        } finally {
            threads.shutdown();
        }
    }

    private static RateGate gate() {
        return new RateGate(new ClusterPermits(new MemoryPermitRows()));
    }

    /** How many deliveries the gate lets go in the second from START when asked every microsecond. */
    private static int admittedInOneSecond(RateGate gate, int rate) {
        UUID endpoint = UUID.randomUUID();
        int admitted = 0;
        for (long micros = 0; micros < 1_000_000; micros++) {
            if (gate.reserve(endpoint, rate, START.plusNanos(micros * 1000)).isZero()) {
                admitted++;
            }
        }
        return admitted;
    }
}
