package koppel.webhook.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import koppel.webhook.control.WebhookSettings;

/**
 * Forgets what is older than {@code koppel.webhooks.retention}: finished deliveries (their attempts
 * go with them), events no delivery needs any more, alerts; and the endpoints of deleted teams once
 * their last delivery (the team's {@code team.deleted}) is done.
 */
@Stateless
public class Retention {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WebhookSettings settings;

    /** Deletes what has expired; returns the number of deliveries removed. */
    public int purge(Instant now) {
        Instant before = now.minus(settings.retention());
        int deliveries = em.createQuery("delete from WebhookDelivery d where d.created < :before"
                        + " and d.status <> koppel.webhook.entity.DeliveryStatus.PENDING")
                .setParameter("before", before)
                .executeUpdate();
        em.createQuery("delete from OutboxEvent e where e.occurredAt < :before and e.dispatched = true"
                        + " and not exists (select d.id from WebhookDelivery d where d.eventId = e.id)")
                .setParameter("before", before)
                .executeUpdate();
        em.createQuery("delete from EndpointAlert a where a.created < :before")
                .setParameter("before", before)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM webhook_endpoints e WHERE NOT EXISTS (SELECT 1 FROM teams t WHERE t.id ="
                        + " e.team_id) AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.endpoint_id = e.id"
                        + " AND d.status = 'PENDING')")
                .executeUpdate();
        return deliveries;
    }
}
