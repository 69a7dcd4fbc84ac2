package koppel.webhook.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records the attempts of the {@link DeliveryConsumer}s, the batches of several consumers in one
 * transaction (a group commit): the durable commit is the costliest part of recording on a
 * database that writes each commit to disk, and under load the batches that arrive while one
 * group commits make the next group. A consumer hands its batch over and takes its next message;
 * when {@link #WAITING} batches wait already, it waits for room, so the consumers cannot outrun
 * the database. A batch a crash takes before it is recorded is still claimed: the timer queues it
 * again once the claim runs out (at least once, as after a crash in the middle of a post).
 */
@ApplicationScoped
public class AttemptRecorder {

    /** The most batches waiting for the writer. */
    static final int WAITING = 64;

    /** The most batches one transaction records. */
    static final int GROUP = 32;

    /** How long a consumer waits for room before it records its batch itself. */
    private static final long ROOM_SECONDS = 30;

    private static final Logger LOG = Logger.getLogger(AttemptRecorder.class.getName());

    @Resource
    private ManagedThreadFactory threads;

    @EJB
    private Deliveries deliveries;

    private final BlockingQueue<Sent> waiting = new ArrayBlockingQueue<>(WAITING);
    private ExecutorService writer;
    private volatile boolean stopping;

    @PostConstruct
    void start() {
        writer = Executors.newSingleThreadExecutor(threads);
        writer.execute(this::write);
    }

    /**
     * Stops the writer once its group is recorded (it is not interrupted: H2 closes its file when
     * a thread writing to it is) and records what still waits.
     */
    @PreDestroy
    void stop() {
        stopping = true;
        writer.shutdown();
        try {
            writer.awaitTermination(ROOM_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Sent> left = new ArrayList<>();
        waiting.drainTo(left);
        store(left);
    }

    /** Hands the batch over for recording; records it in this thread when the writer has no room. */
    public void record(Sent sent) {
        if (sent.isEmpty()) {
            return;
        }
        try {
            if (!stopping && waiting.offer(sent, ROOM_SECONDS, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deliveries.record(List.of(sent));
    }

    /** How many batches wait for the writer now. */
    int waiting() {
        return waiting.size();
    }

    private void write() {
        List<Sent> group = new ArrayList<>();
        while (!stopping) {
            try {
                Sent first = waiting.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            waiting.drainTo(group, GROUP - 1);
            store(group);
            group.clear();
        }
    }

    /**
     * Records the group; when the database refuses it (a lock timeout, say), tries each batch once
     * more on its own, so that one that cannot be recorded does not hold back the others.
     */
    private void store(List<Sent> group) {
        Optional<RuntimeException> refused = group.isEmpty() ? Optional.empty() : refusal(group);
        if (refused.isEmpty()) {
            return;
        }
        LOG.log(
                Level.INFO,
                "The database refused a group of {0} webhook attempt batches ({1}); recording them one by one",
                new Object[] {group.size(), refused.get()});
        for (Sent sent : group) {
            refusal(List.of(sent))
                    .ifPresent(e -> LOG.log(
                            Level.WARNING,
                            e,
                            () -> sent.outcomes().size()
                                    + " webhook attempts not recorded; sent again once their claims run out"));
        }
    }

    /** Records these batches in one transaction; what the database refused them with, if it did. */
    private Optional<RuntimeException> refusal(List<Sent> group) {
        try {
            deliveries.record(group);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(e);
        }
    }
}
