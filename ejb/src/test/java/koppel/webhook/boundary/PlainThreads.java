package koppel.webhook.boundary;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/** Unmanaged threads where the container would give managed ones. */
final class PlainThreads implements ManagedThreadFactory {

    @Override
    public Thread newThread(Runnable task) {
        return new Thread(task);
    }

    @Override
    public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
        return ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
    }
}
