package koppel.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Requests sent as close to the same moment as threads allow, for what parallel clients meet. */
public final class AtOnce {

    private AtOnce() {}

    /** Runs the request for 0 to count - 1, each on a thread of its own, released together; their results in that order. */
    public static <T> List<T> run(int count, IntFunction<T> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            CyclicBarrier start = new CyclicBarrier(count);
            List<Future<T>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                sent.add(threads.submit(() -> {
                    start.await();
                    return request.apply(index);
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> result : sent) {
                results.add(result.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
