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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
            + " order by occurred_at fetch first ?1 rows only for update skip locked";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WebhookQueues queues;

    @EJB
    private Deliveries deliveries;

    @Inject
    private Event<FannedOut> fannedOut;

    /** Fans the event out and queues all its deliveries in this transaction (the timer's way). */
    public void fanOut(UUID eventId) {
        OutboxEvent event = em.find(OutboxEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event != null) {
            deliveries.queueHeld(fanOut(List.of(event)), Courier.SCHEDULED);
        }
    }

    /**
     * Fans out up to {@code limit} of the events waiting, oldest first, skipping those another
     * transaction holds (another drain, on this instance or another one), and claims and signs
     * the first attempt of each delivery it made (see {@link Deliveries#claimMade}); answers with how
     * many events it took and the claimed deliveries, for the caller to queue once this
     * transaction has committed. A delivery the claim leaves out waits for the timer (a rate
     * limit, a base URL not set) or has ended (its endpoint was disabled meanwhile).
     */
    public Round fanOutWaiting(int limit) {
        List<UUID> ids =
                em.createNativeQuery(WAITING, UUID.class).setParameter(1, limit).getResultList();
        if (ids.isEmpty()) {
            return new Round(0, Map.of(), Instant.now());
        }
        List<OutboxEvent> events = em.createNamedQuery(OutboxEvent.WITH_IDS, OutboxEvent.class)
                .setParameter("ids", ids)
                .getResultList();
        List<WebhookDelivery> made = fanOut(events);
        // no later than the claims' own time: a consumer's check of what is left of them errs on the safe side
        Instant claimedAt = Instant.now();
        return new Round(events.size(), deliveries.claimMade(made), claimedAt);
    }

    /**
     * What one {@link #fanOutWaiting} did: how many events it fanned out, and the deliveries it
     * made and claimed at about {@code claimedAt}, signed and ready to post.
     */
    public record Round(int events, Map<UUID, Shipment> claimed, Instant claimedAt) {}

    /**
     * Fans out these locked events: those not dispatched yet get their deliveries, written when
     * the transaction flushes. The round's endpoints and earlier deliveries are read once for all
     * its events.
     */
    private List<WebhookDelivery> fanOut(List<OutboxEvent> events) {
        List<OutboxEvent> taken = events.stream().filter(OutboxEvent::dispatch).toList();
        if (taken.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<WebhookEndpoint>> endpoints = em.createNamedQuery(
                        WebhookEndpoint.ENABLED_IN_TEAMS, WebhookEndpoint.class)
                .setParameter(
                        "teams", taken.stream().map(OutboxEvent::getTeamId).collect(Collectors.toSet()))
                .getResultStream()
                .collect(Collectors.groupingBy(WebhookEndpoint::getTeamId));
        Set<List<UUID>> served = served(taken);
        Instant now = Instant.now();
        List<WebhookDelivery> created = new ArrayList<>();
        for (OutboxEvent event : taken) {
            for (WebhookEndpoint endpoint : endpoints.getOrDefault(event.getTeamId(), List.of())) {
                if (endpoint.wants(event) && !served.contains(List.of(event.getId(), endpoint.getId()))) {
                    WebhookDelivery delivery = new WebhookDelivery(event.getId(), endpoint.getId(), now);
                    em.persist(delivery);
                    created.add(delivery);
                }
            }
        }
        fannedOut.fire(new FannedOut(taken));
        return created;
    }

    /** The pairs of event and endpoint that have a delivery already: a recovery may have made it. */
    private Set<List<UUID>> served(List<OutboxEvent> events) {
        return em.createQuery(
                        "select d.eventId, d.endpointId from WebhookDelivery d where d.eventId in :events",
                        Object[].class)
                .setParameter("events", events.stream().map(OutboxEvent::getId).toList())
                .getResultStream()
                .map(pair -> List.of((UUID) pair[0], (UUID) pair[1]))
                .collect(Collectors.toSet());
    }

    /** Events no drain took in time (their commit was not seen through: a crash), oldest first. */
    public List<UUID> undispatched(int limit) {
        return em.createNamedQuery(OutboxEvent.UNDISPATCHED, UUID.class)
                .setParameter("before", Instant.now().minus(DRAIN_GRACE))
                .setMaxResults(limit)
                .getResultList();
    }
}
