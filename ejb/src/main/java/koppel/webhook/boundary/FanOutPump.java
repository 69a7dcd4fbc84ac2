package koppel.webhook.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import koppel.common.control.AfterCommit;
import koppel.webhook.control.Spacing;
import koppel.webhook.control.WebhookSettings;

/**
 * Starts the fan-out of committed events at once, on this instance, without a message: a
 * transaction that writes events asks for a drain when it commits ({@link #afterCommit}), so a
 * change costs no JMS work and no two-phase commit. Up to {@link #DRAINS} drains run at a time,
 * started at least {@link WebhookSettings#fanOutGap()} apart; each takes the events waiting in
 * rounds of up to {@link WebhookSettings#batch()} ({@link Dispatcher#fanOutWaiting}, one
 * transaction; another drain's events are skipped, not waited for) and claims and signs their
 * first attempts in the same transaction; once a round has committed, it queues them, ready to
 * post, for the {@link DeliveryConsumer}s, until a round is not full. Under load a round takes
 * several events, and their deliveries share messages and the consumers' transactions. An event
 * whose commit this instance did not see through (a crash right after it) is fanned out by {@link
 * DeliveryTimer}; deliveries whose message the broker refused are marked unqueued, and the timer
 * queues them once their claim has run out.
 */
@ApplicationScoped
public class FanOutPump {

    /** Drains at once per instance; a round is one short transaction, posting is the consumers'. */
    static final int DRAINS = 4;

    private static final Logger LOG = Logger.getLogger(FanOutPump.class.getName());

    @Resource
    private ManagedThreadFactory threads;

    @Inject
    private AfterCommit afterCommit;

    @EJB
    private Dispatcher dispatcher;

    @EJB
    private DueDeliveries due;

    @Inject
    private WebhookQueues queues;

    @Inject
    private WebhookSettings settings;

    /**
     * The drains' own threads: Payara's default managed executor has no core threads and an
     * unbounded queue, which runs one task at a time.
     */
    private ExecutorService executor;

    private final AtomicInteger running = new AtomicInteger();

    /** Counts the commits that asked for a drain, so a drain about to stop sees one that came late. */
    private final AtomicLong asked = new AtomicLong();

    /** The drains' starts, {@link WebhookSettings#fanOutGap()} apart. */
    private Spacing starts;

    @PostConstruct
    void start() {
        executor = Executors.newFixedThreadPool(DRAINS, threads);
        starts = new Spacing(settings.fanOutGap(), System.nanoTime());
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    /** Asks for a drain when the current transaction commits; once per transaction. */
    public void afterCommit() {
        afterCommit.run(FanOutPump.class, this::ask);
    }

    private void ask() {
        asked.incrementAndGet();
        startIfRoom();
    }

    private void startIfRoom() {
        for (int now = running.get(); now < DRAINS; now = running.get()) {
            if (running.compareAndSet(now, now + 1)) {
                try {
                    executor.execute(this::drain);
                } catch (RejectedExecutionException e) {
                    running.decrementAndGet();
                    LOG.log(Level.WARNING, "No thread for a webhook fan-out; the timer will do it", e);
                }
                return;
            }
        }
    }

    private void drain() {
        long seen = asked.get();
        try {
            awaitStart();
            while (round()) {
                // a full round: more may be waiting
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // shutting down: the timer fans out what is left
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook fan-out failed; the timer will do what is left", e);
        } finally {
            running.decrementAndGet();
        }
        if (asked.get() != seen) {
            // a commit asked while this drain was ending, and may have found every drain busy
            startIfRoom();
        }
    }

    /**
     * Waits for this drain's start, {@link WebhookSettings#fanOutGap()} after the last one's: at
     * once on a quiet instance; under load, the events committed meanwhile then share a round.
     */
    private void awaitStart() throws InterruptedException {
        long wait = starts.next(System.nanoTime()) - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /**
     * One round; whether it was full (there may be more). A round with room to spare took all
     * that was waiting: a commit that asks later is seen by the check at the end of {@link #drain}.
     */
    private boolean round() {
        int limit = settings.batch();
        Dispatcher.Round round = dispatcher.fanOutWaiting(limit);
        try {
            queues.post(round.claimed(), round.claimedAt(), Courier.SCHEDULED);
        } catch (RuntimeException e) {
            // one line, not the trace: while the broker is away every round ends here
            LOG.warning(() -> round.claimed().size() + " webhook deliveries left for the timer: " + e);
            due.unqueued(List.copyOf(round.claimed().keySet()));
        }
        return round.events() == limit;
    }
}
