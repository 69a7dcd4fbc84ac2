package koppel.webhook.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SpacingTest {

    private static final Duration GAP = Duration.ofMillis(20);

    @Test
    void afterAQuietSpellTheNextStartIsAtOnce() {
        Spacing spacing = new Spacing(GAP, 0);

        assertThat(spacing.next(5)).isEqualTo(5);
        assertThat(spacing.next(5 + GAP.toNanos() * 3)).isEqualTo(5 + GAP.toNanos() * 3);
    }

    @Test
    void startsAskedForWithinAGapFollowOneGapApart() {
        Spacing spacing = new Spacing(GAP, 0);

        assertThat(spacing.next(100)).isEqualTo(100);
        assertThat(spacing.next(101)).isEqualTo(100 + GAP.toNanos());
        assertThat(spacing.next(102)).isEqualTo(100 + 2 * GAP.toNanos());
    }

    @Test
    void threadsAskingAtOnceEachGetAStartOfTheirOwnAGapFromTheOthers() throws Exception {
        Spacing spacing = new Spacing(GAP, System.nanoTime());
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Callable<List<Long>>> askers = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            askers.add(() -> {
                List<Long> starts = new ArrayList<>();
                for (int i = 0; i < 1000; i++) {
                    starts.add(spacing.next(System.nanoTime()));
                }
                return starts;
            });
        }
        List<Long> starts = new ArrayList<>();
        for (Future<List<Long>> asked : threads.invokeAll(askers)) {
            starts.addAll(asked.get());
        }
        threads.shutdown();

        Collections.sort(starts);
        assertThat(starts).hasSize(8000);
        for (int i = 1; i < starts.size(); i++) {
            assertThat(starts.get(i) - starts.get(i - 1)).isGreaterThanOrEqualTo(GAP.toNanos());
        }
    }
}
