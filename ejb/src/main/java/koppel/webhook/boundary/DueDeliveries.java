package koppel.webhook.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import koppel.webhook.control.WebhookSettings;
import koppel.webhook.entity.WebhookDelivery;

/**
 * What is due, for the timer and the health check: deliveries whose attempt is due and whose
 * message is not on its way (retries, postponed ones, those whose message or claim was lost), and
 * how long the oldest one has waited.
 */
@Stateless
public class DueDeliveries {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WebhookSettings settings;

    @Inject
    private WebhookQueues queues;

    /** Queues the deliveries that are due and whose message is not (or no longer) on its way. */
    public int queueDue(int limit) {
        Instant now = Instant.now();
        List<UUID> due = em.createNamedQuery(WebhookDelivery.DUE, UUID.class)
                .setParameter("now", now)
                .setParameter("stale", now.minus(settings.claimLength()))
                .setMaxResults(limit)
                .getResultList();
        if (!due.isEmpty()) {
            em.createNamedQuery(WebhookDelivery.MARK_QUEUED)
                    .setParameter("now", now)
                    .setParameter("ids", due)
                    .executeUpdate();
            queues.deliver(due, Courier.SCHEDULED);
        }
        return due.size();
    }

    /** Marks these deliveries as not queued, whose message the broker refused: the timer queues them next. */
    public void unqueued(List<UUID> ids) {
        if (!ids.isEmpty()) {
            em.createNamedQuery(WebhookDelivery.MARK_UNQUEUED)
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
    }

    /** Since when the longest-waiting pending delivery has been due; empty when none is pending. */
    public Optional<Instant> oldestDue() {
        return Optional.ofNullable(
                em.createNamedQuery(WebhookDelivery.OLDEST_DUE, Instant.class).getSingleResult());
    }
}
