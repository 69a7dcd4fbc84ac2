package koppel.webhook.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import koppel.webhook.entity.OutboxEvent;
import koppel.webhook.entity.WebhookDelivery;
import koppel.webhook.entity.WebhookEndpoint;

/**
 * Turns a committed event into one delivery per enabled endpoint of its team that subscribes to
 * its type, leaving out the endpoints of the integration that made the change when they exclude
 * their own changes. Fanning out twice is harmless: the event row is locked and marked once. The
 * event is also fired, in the same transaction, as a CDI event: ticketing links hear of changes
 * that way without webhooks knowing of them.
 */
@Stateless
public class Dispatcher {

    /** How long an event may wait for its message before the timer fans it out itself. */
    static final Duration MESSAGE_GRACE = Duration.ofSeconds(10);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WebhookQueues queues;

    @EJB
    private Deliveries deliveries;

    @Inject
    private Event<OutboxEvent> fannedOut;

    /** Fans the event out and queues all its deliveries. */
    public void fanOut(UUID eventId) {
        fanOut(eventId, 0);
    }

    /**
     * Fans the event out, claims the first attempt of up to {@code sendHere} of its deliveries for
     * the caller to make when this transaction has committed, and queues the others.
     */
    public Map<UUID, Shipment> fanOut(UUID eventId, int sendHere) {
        OutboxEvent event = em.find(OutboxEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null || !event.dispatch()) {
            return Map.of();
        }
        Instant now = Instant.now();
        // a recovery may have delivered the event to an endpoint already
        Set<UUID> served = new HashSet<>(
                em.createQuery("select d.endpointId from WebhookDelivery d where d.eventId = :event", UUID.class)
                        .setParameter("event", eventId)
                        .getResultList());
        List<WebhookDelivery> created = new ArrayList<>();
        for (WebhookEndpoint endpoint : em.createNamedQuery(WebhookEndpoint.ENABLED_IN_TEAM, WebhookEndpoint.class)
                .setParameter("team", event.getTeamId())
                .getResultList()) {
            if (endpoint.wants(event) && !served.contains(endpoint.getId())) {
                WebhookDelivery delivery = new WebhookDelivery(event.getId(), endpoint.getId(), now);
                em.persist(delivery);
                created.add(delivery);
            }
        }
        int here = Math.min(sendHere, created.size());
        Map<UUID, Shipment> claimed = deliveries.claimLocked(created.subList(0, here), Courier.SCHEDULED);
        queues.deliverSome(created.subList(here, created.size()), Courier.SCHEDULED);
        fannedOut.fire(event);
        em.flush();
        return claimed;
    }

    /** Events whose fan-out message has not arrived in time (lost in a crash), oldest first. */
    public List<UUID> undispatched(int limit) {
        return em.createNamedQuery(OutboxEvent.UNDISPATCHED, UUID.class)
                .setParameter("before", Instant.now().minus(MESSAGE_GRACE))
                .setMaxResults(limit)
                .getResultList();
    }
}
