package koppel.webhook.boundary;

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
import koppel.webhook.control.WebhookSettings;

/**
 * The safety net under the queues: fans out events whose message was lost, and queues deliveries
 * that are due (retries, postponed ones, and those whose message a crash took). It also moves
 * failing endpoints through their alerts and purges what the retention period let expire. It ticks
 * on every instance, and one instance per round does the work ({@link Turns}). Each call runs in
 * transactions of its own; a failing round is logged and the next one tries again. Timers are not
 * persistent: the database is what survives a restart.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliveryTimer {

    private static final Logger LOG = Logger.getLogger(DeliveryTimer.class.getName());
    private static final int BATCH = 500;

    @Resource
    private TimerService timers;

    @Inject
    private WebhookSettings settings;

    @EJB
    private Dispatcher dispatcher;

    @EJB
    private DueDeliveries due;

    @EJB
    private FailingEndpoints failing;

    @EJB
    private Retention retention;

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
            if (!turns.take("webhooks.round", settings.pollInterval())) {
                return;
            }
            for (UUID event : dispatcher.undispatched(BATCH)) {
                dispatcher.fanOut(event);
            }
            while (due.queueDue(BATCH) == BATCH) {
                // a backlog: queue it all now rather than one batch per round
            }
            Instant now = Instant.now();
            for (UUID endpoint : failing.failing()) {
                try {
                    failing.advance(endpoint, now).ifPresent(failing::send);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, e, () -> "Failing endpoint " + endpoint + " left for the next round");
                }
            }
            if (turns.take("webhooks.purge", Duration.ofHours(1))) {
                retention.purge(now);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook poll failed; the next round tries again", e);
        }
    }
}
