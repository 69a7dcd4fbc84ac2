package koppel.source.boundary;

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
import koppel.source.control.SourceSettings;

/**
 * The integrations' clock: queues the sending of changes that are due (retries, and those whose
 * message a crash took) and the pulls that are due, and purges runs and kept changes older than the
 * retention. It ticks on every instance, and one instance per round does the work ({@link Turns}).
 * Timers are not persistent: the database is what survives a restart, and a run's claim keeps two
 * instances from running one integration at once.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SourceTimer {

    private static final Logger LOG = Logger.getLogger(SourceTimer.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private SourceSettings settings;

    @Inject
    private SourceQueue queue;

    @EJB
    private RunSteps runs;

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
            if (!turns.take("sources.round", settings.pollInterval())) {
                return;
            }
            for (UUID integration : runs.withDueChanges()) {
                queue.push(integration);
            }
            for (UUID integration : runs.pullable()) {
                queue.pull(integration, Syncs.SCHEDULE);
            }
            if (turns.take("sources.purge", Duration.ofHours(1))) {
                runs.purge(Instant.now().minus(settings.retention()));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Integration source round failed; the next one tries again", e);
        }
    }
}
