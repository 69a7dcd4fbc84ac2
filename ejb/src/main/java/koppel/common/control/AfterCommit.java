package koppel.common.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work that must wait until the current transaction has committed, and must not happen when it
 * rolls back, but need not be part of it: asking the broker for work the database now holds, or
 * for a fan-out of events just written. Keeping it out of the transaction keeps that transaction
 * to one resource (no two-phase commit, no transaction log) and its locks short. The work runs on
 * threads of its own, outside any transaction; work asked for outside a transaction runs at once,
 * on the caller's thread.
 */
@ApplicationScoped
public class AfterCommit {

    /** Threads per instance; the work is short (a message, a start), never a post or a wait. */
    private static final int THREADS = 2;

    private static final Logger LOG = Logger.getLogger(AfterCommit.class.getName());

    @Resource
    private ManagedThreadFactory threads;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /**
     * Payara's default managed executor has no core threads and an unbounded queue, which runs one
     * task at a time; this pool has threads of its own.
     */
    private ExecutorService executor;

    @PostConstruct
    void start() {
        executor = Executors.newFixedThreadPool(THREADS, threads);
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    /**
     * Runs the work once the current transaction has committed, once per key and transaction (the
     * first work asked for under a key is the one run); at once outside a transaction; never when the
     * transaction is already marked for rollback. A
     * failure of the work is logged: its caller has a timer that makes good what it left undone.
     */
    public void run(Object key, Runnable work) {
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            work.run();
            return;
        }
        if (status != Status.STATUS_ACTIVE) {
            // marked for rollback or ending: it will not commit
            return;
        }
        @SuppressWarnings("unchecked")
        Map<Object, Runnable> pending = (Map<Object, Runnable>) transactions.getResource(AfterCommit.class);
        if (pending == null) {
            Map<Object, Runnable> works = new LinkedHashMap<>();
            transactions.putResource(AfterCommit.class, works);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before: the work waits for the outcome
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        runAll(works);
                    }
                }
            });
            pending = works;
        }
        pending.putIfAbsent(key, work);
    }

    private void runAll(Map<Object, Runnable> works) {
        try {
            executor.execute(() -> works.values().forEach(AfterCommit::runLogged));
        } catch (RejectedExecutionException e) {
            // shutting down: the timers make good what is left
            LOG.log(Level.WARNING, "Work after a commit not started; the timers will do it", e);
        }
    }

    private static void runLogged(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            // one line, not the trace: while the broker is away every commit ends here
            LOG.warning(() -> "Work after a commit left for the timers: " + e);
        }
    }
}
