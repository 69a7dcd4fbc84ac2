package koppel.webhook.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import koppel.common.NoSuchResourceException;
import koppel.webhook.control.EventPayload;
import koppel.webhook.control.Poster.Outcome;
import koppel.webhook.control.Poster.Parcel;
import koppel.webhook.control.RateGate;
import koppel.webhook.control.Signer;
import koppel.webhook.control.WebhookSettings;
import koppel.webhook.entity.DeliveryAttempt;
import koppel.webhook.entity.EndpointAlert;
import koppel.webhook.entity.OutboxEvent;
import koppel.webhook.entity.WebhookDelivery;
import koppel.webhook.entity.WebhookEndpoint;

/**
 * The database side of sending: claiming a delivery before an attempt (so that two senders never
 * post the same attempt at once, and a crashed sender's claim runs out), recording each attempt
 * with its consequences for the delivery and the endpoint's health ({@link DueDeliveries} finds
 * what is due).
 */
@Stateless
public class Deliveries {

    /** How long a delivery waits when the public base URL its link needs is not set. */
    private static final Duration WITHOUT_BASE_URL = Duration.ofSeconds(30);

    /** An endpoint's last success is written at most once in this long. */
    private static final Duration HEALTH_PRECISION = Duration.ofSeconds(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WebhookSettings settings;

    @EJB
    private WebhookEndpoints endpoints;

    @Inject
    private RateGate rates;

    @Inject
    private WebhookQueues queues;

    /**
     * Claims these deliveries for one attempt each and prepares them, signed; leaves out those not
     * due, held by someone else, whose endpoint is disabled (they fail), or that must wait (rate,
     * base URL).
     */
    public Map<UUID, Shipment> claim(Collection<UUID> batch) {
        List<WebhookDelivery> locked = lock(batch);
        if (locked.isEmpty()) {
            return Map.of();
        }
        readEvents(locked);
        return claim(locked);
    }

    /**
     * Claims and signs the next attempt of deliveries this transaction holds (made, or renewed
     * under a lock) and whose events it has read, and queues them, ready to post, for when it
     * commits: as many as the messages of one transaction hold (see {@link WebhookQueues#some}); the
     * timer queues the others. Their consumers then post at once, with no transaction of their own
     * before the post.
     */
    public void queueHeld(List<WebhookDelivery> held, String trigger) {
        List<WebhookDelivery> some = queues.some(held);
        if (!some.isEmpty()) {
            // no later than the claims' own time: a consumer's check of what is left of them errs on the safe side
            Instant claimedAt = Instant.now();
            queues.post(claim(some), claimedAt, trigger);
        }
    }

    /** Reads the events of these deliveries in one query; their claims find them in the persistence context. */
    private void readEvents(List<WebhookDelivery> deliveries) {
        em.createNamedQuery(OutboxEvent.WITH_IDS, OutboxEvent.class)
                .setParameter(
                        "ids",
                        deliveries.stream().map(WebhookDelivery::getEventId).collect(Collectors.toSet()))
                .getResultList();
    }

    /**
     * Claims the first attempts of deliveries this transaction has just made, as {@link #claim}
     * does: no other sender can see them yet, and their events are in the persistence context.
     */
    public Map<UUID, Shipment> claimMade(List<WebhookDelivery> made) {
        return claim(made);
    }

    private Map<UUID, Shipment> claim(List<WebhookDelivery> deliveries) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Map<UUID, Shipment> claimed = new LinkedHashMap<>();
        Map<UUID, List<String>> signing = new HashMap<>(); // each endpoint's secrets, decrypted once
        for (WebhookDelivery delivery : deliveries) {
            claim(delivery, now, signing).ifPresent(shipment -> claimed.put(delivery.getId(), shipment));
        }
        return claimed;
    }

    /** Locks these deliveries, in one statement and in the order of their ids, as every sender does. */
    private List<WebhookDelivery> lock(Collection<UUID> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(WebhookDelivery.WITH_IDS, WebhookDelivery.class)
                .setParameter("ids", new TreeSet<>(batch))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    private Optional<Shipment> claim(WebhookDelivery delivery, Instant now, Map<UUID, List<String>> signing) {
        if (!delivery.claimable(now)) {
            return Optional.empty();
        }
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, delivery.getEndpointId());
        OutboxEvent event = em.find(OutboxEvent.class, delivery.getEventId());
        if (endpoint == null || event == null) {
            // made while its endpoint was deleted: H2 checks a new row's reference in the inserting
            // transaction's view, where the endpoint still was; there is nowhere to send it
            em.remove(delivery);
            return Optional.empty();
        }
        boolean ping = OutboxEvent.PING.equals(event.getType());
        if (!endpoint.isEnabled() && !ping) {
            delivery.giveUp(now);
            return Optional.empty();
        }
        Optional<String> baseUrl = settings.baseUrl();
        if (baseUrl.isEmpty()) {
            delivery.postpone(now.plus(WITHOUT_BASE_URL));
            return Optional.empty();
        }
        if (endpoint.getMaxRate().isPresent()) {
            Duration wait =
                    rates.reserve(endpoint.getId(), endpoint.getMaxRate().get(), now);
            if (!wait.isZero()) {
                delivery.postpone(now.plus(wait));
                return Optional.empty();
            }
        }
        delivery.claim(now.plus(settings.claimLength()));
        String body = EventPayload.of(event, baseUrl.get()).toJson();
        long timestamp = now.getEpochSecond();
        List<String> keys = signing.computeIfAbsent(endpoint.getId(), id -> endpoints.signingKeys(endpoint, now));
        Map<String, String> headers = Map.of(
                "webhook-id", event.getId().toString(),
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", Signer.signature(keys, event.getId().toString(), timestamp, body));
        boolean healthCurrent = endpoint.getFailingSince().isEmpty()
                && endpoint.getLastSuccess()
                        .filter(success -> success.isAfter(now.minus(HEALTH_PRECISION)))
                        .isPresent();
        return Optional.of(new Shipment(new Parcel(endpoint.getUrl(), headers, body), healthCurrent, ping));
    }

    /**
     * Records the attempts of these batches, in their order, and what follows from each: delivered,
     * a retry, failure, a disabled endpoint. An endpoint's success is written once for them all.
     */
    public void record(List<Sent> batches) {
        Set<UUID> attempted = new HashSet<>();
        Set<UUID> touchingHealth = new HashSet<>();
        for (Sent sent : batches) {
            attempted.addAll(sent.outcomes().keySet());
            sent.outcomes().forEach((id, outcome) -> {
                Shipment shipment = sent.claimed().get(id);
                if (shipment.ping() ? outcome.gone() : !(outcome.delivered() && shipment.healthCurrent())) {
                    touchingHealth.add(id);
                }
            });
        }
        if (!touchingHealth.isEmpty()) {
            // endpoints before deliveries, as deleting or disabling an endpoint locks them: no deadlock
            em.createNamedQuery(WebhookEndpoint.OF_DELIVERIES, WebhookEndpoint.class)
                    .setParameter("deliveries", touchingHealth)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
        }
        // a delivery purged, or whose endpoint was deleted, while the attempt was under way is gone
        Map<UUID, WebhookDelivery> locked =
                lock(attempted).stream().collect(Collectors.toMap(WebhookDelivery::getId, Function.identity()));
        Set<UUID> healthy = new HashSet<>();
        for (Sent sent : batches) {
            sent.outcomes().forEach((id, outcome) -> {
                WebhookDelivery delivery = locked.get(id);
                if (delivery != null) {
                    record(delivery, outcome, sent.trigger(), sent.claimed().get(id), healthy);
                }
            });
        }
    }

    private void record(
            WebhookDelivery delivery, Outcome outcome, String trigger, Shipment shipment, Set<UUID> healthy) {
        UUID id = delivery.getId();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        em.persist(new DeliveryAttempt(
                id,
                now.minusMillis(outcome.millis()),
                outcome.millis(),
                outcome.status(),
                storable(outcome.excerpt()),
                storable(outcome.error()),
                trigger));
        UUID endpoint = delivery.getEndpointId();
        if (shipment.ping()) {
            // a test: neither retried nor counted in the endpoint's health, but a 410 is an answer
            if (outcome.delivered()) {
                delivery.delivered(now);
            } else {
                delivery.attemptFailed(now, Optional.empty());
            }
            if (outcome.gone()) {
                disable(endpoint, WebhookEndpoint.GONE, now);
            }
            return;
        }
        if (outcome.delivered()) {
            delivery.delivered(now);
            if (!shipment.healthCurrent() && healthy.add(endpoint)) {
                em.createNamedQuery(WebhookEndpoint.SUCCEEDED)
                        .setParameter("id", endpoint)
                        .setParameter("now", now)
                        .setParameter("recent", now.minus(HEALTH_PRECISION))
                        .executeUpdate();
            }
            return;
        }
        delivery.attemptFailed(
                now, outcome.gone() ? Optional.empty() : settings.schedule().next(delivery.getAttemptCount() + 1, now));
        em.createNamedQuery(WebhookEndpoint.FAILED)
                .setParameter("id", endpoint)
                .setParameter("now", now)
                .executeUpdate();
        if (outcome.gone()) {
            disable(endpoint, WebhookEndpoint.GONE, now);
        }
    }

    /** Disables the endpoint (once) and ends its pending deliveries; true when this call disabled it. */
    public boolean disable(UUID endpoint, String reason, Instant now) {
        int disabled = em.createNamedQuery(WebhookEndpoint.DISABLE)
                .setParameter("id", endpoint)
                .setParameter("reason", reason)
                .setParameter("now", now)
                .executeUpdate();
        em.createNamedQuery(WebhookDelivery.FAIL_PENDING)
                .setParameter("endpoint", endpoint)
                .setParameter("now", now)
                .executeUpdate();
        return disabled == 1;
    }

    public void recordAlert(EndpointAlert alert) {
        em.persist(alert);
    }

    /** Makes the test event and delivery of a ping; they commit before the ping is sent. */
    public UUID createPing(UUID team, UUID endpoint) {
        WebhookEndpoint target = em.find(WebhookEndpoint.class, endpoint);
        if (target == null || !target.belongsTo(team)) {
            throw new NoSuchResourceException("The webhook endpoint");
        }
        OutboxEvent event = OutboxEvent.ping(team, endpoint);
        em.persist(event);
        WebhookDelivery delivery = new WebhookDelivery(event.getId(), endpoint, Instant.now());
        em.persist(delivery);
        return delivery.getId();
    }

    /** Text a database will store: PostgreSQL refuses the null character. */
    private static String storable(String text) {
        return text == null ? null : text.replace('\0', '\uFFFD');
    }
}
