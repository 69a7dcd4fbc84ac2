package koppel.ticketing.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import koppel.cluster.boundary.Turns;
import koppel.ticketing.control.TicketingSettings;
import koppel.ticketing.entity.TicketingLink;

/**
 * The ticketing links' clock: queues pushes that are due (retries, and those whose message a crash
 * took), asks each configured link to pull its sales once per pull interval, and purges runs older
 * than the retention period. It ticks on every instance, and one instance per round does the work
 * ({@link Turns}), so that a cluster pulls once per interval. Timers are not persistent: the
 * database is what survives a restart.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TicketingTimer {

    private static final Logger LOG = Logger.getLogger(TicketingTimer.class.getName());
    private static final int BATCH = 500;

    @Resource
    private TimerService timers;

    @Inject
    private TicketingSettings settings;

    @Inject
    private TicketingQueue queue;

    @EJB
    private Pushes pushes;

    @EJB
    private Runs runs;

    @EJB
    private TicketingLinks links;

    @EJB
    private Turns turns;

    @PostConstruct
    void start() {
        long interval = settings.pollInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    @Timeout
    void poll() {
        try {
            if (!turns.take("ticketing.round", settings.pollInterval())) {
                return;
            }
            for (UUID group : pushes.overdue(BATCH)) {
                queue.push(group);
            }
            Instant now = Instant.now();
            if (turns.take("ticketing.pull", settings.pullInterval())) {
                for (TicketingLink link : links.list()) {
                    if (link.getProvider().isPresent() && !link.isPaused(now)) {
                        queue.pull(link.getId(), Puller.SCHEDULE);
                    }
                }
            }
            if (turns.take("ticketing.purge", Duration.ofHours(1))) {
                runs.purge(now.minus(settings.retention()));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Ticketing round failed; the next one tries again", e);
        }
    }
}
