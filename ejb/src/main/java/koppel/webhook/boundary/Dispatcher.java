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

    /** How long an event may wait for a drain before the timer fans it out itself. */
    static final Duration DRAIN_GRACE = Duration.ofSeconds(10);

    /**
     * Up to a number of waiting events, oldest first, locked; those another transaction holds are
     * skipped (native SQL: Hibernate's H2 dialect does not offer SKIP LOCKED, which H2 2.2 has).
     */
    private static final String WAITING = "select id from webhook_events where dispatched = false"
            + " order by occurred_at fetch first %d rows only for update skip locked";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WebhookQueues queues;

    @EJB
    private Deliveries deliveries;

    @Inject
    private Event<OutboxEvent> fannedOut;

    /** Fans the event out and queues all its deliveries in this transaction (the timer's way). */
    public void fanOut(UUID eventId) {
        OutboxEvent event = em.find(OutboxEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event != null) {
            queues.deliverSome(fanOut(List.of(event)), Courier.SCHEDULED);
        }
    }

    /**
     * Fans out up to {@code limit} of the events waiting, oldest first, skipping those another
     * transaction holds (another drain, on this instance or another one), and claims and signs
     * the first attempt of each delivery it made (see {@link Deliveries#claim}); answers with how
     * many events it took and the claimed deliveries, for the caller to queue once this
     * transaction has committed. A delivery the claim leaves out waits for the timer (a rate
     * limit, a base URL not set) or has ended (its endpoint was disabled meanwhile).
     */
    public Round fanOutWaiting(int limit) {
        List<UUID> ids =
                em.createNativeQuery(WAITING.formatted(limit), UUID.class).getResultList();
        if (ids.isEmpty()) {
            return new Round(0, Map.of(), Instant.now());
        }
        List<OutboxEvent> events = em.createNamedQuery(OutboxEvent.WITH_IDS, OutboxEvent.class)
                .setParameter("ids", ids)
                .getResultList();
        List<UUID> made = fanOut(events).stream().map(WebhookDelivery::getId).toList();
        // no later than the claims' own time: a consumer's check of what is left of them errs on the safe side
        Instant claimedAt = Instant.now();
        return new Round(events.size(), deliveries.claim(made, Courier.SCHEDULED), claimedAt);
    }

    /**
     * What one {@link #fanOutWaiting} did: how many events it fanned out, and the deliveries it
     * made and claimed at about {@code claimedAt}, signed and ready to post.
     */
    public record Round(int events, Map<UUID, Shipment> claimed, Instant claimedAt) {}

    /** Fans out these locked events: those not dispatched yet get their deliveries. */
    private List<WebhookDelivery> fanOut(List<OutboxEvent> events) {
        Instant now = Instant.now();
        List<WebhookDelivery> created = new ArrayList<>();
        for (OutboxEvent event : events) {
            if (event.dispatch()) {
                created.addAll(deliveries(event, now));
                fannedOut.fire(event);
            }
        }
        em.flush();
        return created;
    }

    private List<WebhookDelivery> deliveries(OutboxEvent event, Instant now) {
        // a recovery may have delivered the event to an endpoint already
        Set<UUID> served = new HashSet<>(
                em.createQuery("select d.endpointId from WebhookDelivery d where d.eventId = :event", UUID.class)
                        .setParameter("event", event.getId())
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
        return created;
    }

    /** Events no drain took in time (their commit was not seen through: a crash), oldest first. */
    public List<UUID> undispatched(int limit) {
        return em.createNamedQuery(OutboxEvent.UNDISPATCHED, UUID.class)
                .setParameter("before", Instant.now().minus(DRAIN_GRACE))
                .setMaxResults(limit)
                .getResultList();
    }
}
