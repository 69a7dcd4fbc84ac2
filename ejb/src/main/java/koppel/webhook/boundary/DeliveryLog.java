package koppel.webhook.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import koppel.common.ConflictException;
import koppel.common.FieldErrors;
import koppel.common.ForeignResourceException;
import koppel.common.InvalidFieldsException;
import koppel.common.NoSuchResourceException;
import koppel.common.control.Writes;
import koppel.query.ListQuery;
import koppel.query.Page;
import koppel.webhook.control.WebhookSettings;
import koppel.webhook.entity.DeliveryAttempt;
import koppel.webhook.entity.DeliveryStatus;
import koppel.webhook.entity.OutboxEvent;
import koppel.webhook.entity.WebhookDelivery;
import koppel.webhook.entity.WebhookEndpoint;

/**
 * What an endpoint's owner can see and do about its deliveries: list them (by status), read one
 * with its attempts, send one again, recover everything since a moment (failed deliveries and
 * events it missed while disabled), and ping it with a test event.
 */
@Stateless
public class DeliveryLog {

    private static final String ENDPOINT = "The webhook endpoint";
    private static final String DELIVERY = "The delivery";
    /** How far inside the retention period a replay starts at the earliest, so that it is not refused. */
    private static final Duration REPLAY_MARGIN = Duration.ofMinutes(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WebhookSettings settings;

    @Inject
    private WebhookQueues queues;

    @EJB
    private Deliveries deliveries;

    @EJB
    private WebhookEndpoints endpoints;

    @EJB
    private Courier courier;

    /** The endpoint's deliveries, oldest first ({@code ordering=-created}: newest); filter {@code status}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<DeliveryView> list(UUID team, UUID endpoint, ListQuery query) {
        endpoint(team, endpoint);
        FieldErrors errors = new FieldErrors();
        Optional<DeliveryStatus> status = Optional.empty();
        for (Map.Entry<String, String> filter : query.filters().entrySet()) {
            if (!filter.getKey().equals("status")) {
                errors.add(filter.getKey(), "Unknown filter.");
            } else {
                status = statusNamed(filter.getValue());
                if (status.isEmpty()) {
                    errors.add(
                            "status",
                            "Select a valid choice. " + filter.getValue() + " is not one of the available choices.");
                }
            }
        }
        String direction = switch (query.ordering() == null ? "" : query.ordering()) {
            case "", "created" -> "asc";
            case "-created" -> "desc";
            default -> {
                errors.add("ordering", "Unknown field: " + query.ordering() + ".");
                yield "asc";
            }
        };
        query.checkWindow(errors).throwIfAny();
        String where = " from WebhookDelivery d where d.endpointId = :endpoint"
                + (status.isPresent() ? " and d.status = :status" : "");
        TypedQuery<WebhookDelivery> selecting = em.createQuery(
                "select d" + where + " order by d.created " + direction + ", d.id " + direction, WebhookDelivery.class);
        TypedQuery<Long> counting = em.createQuery("select count(d)" + where, Long.class);
        for (TypedQuery<?> q : List.of(selecting, counting)) {
            q.setParameter("endpoint", endpoint);
            status.ifPresent(value -> q.setParameter("status", value));
        }
        List<DeliveryView> items =
                selecting.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList().stream()
                        .map(delivery -> new DeliveryView(
                                delivery, em.find(OutboxEvent.class, delivery.getEventId()), List.of()))
                        .toList();
        return new Page<>(counting.getSingleResult(), items, query.offset(), query.limit());
    }

    /** One delivery of the endpoint, with every attempt. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public DeliveryView get(UUID team, UUID endpoint, UUID id) {
        WebhookDelivery delivery = delivery(team, endpoint, id);
        List<DeliveryAttempt> attempts = em.createQuery(
                        "select a from DeliveryAttempt a where a.deliveryId = :id order by a.attemptedAt, a.id",
                        DeliveryAttempt.class)
                .setParameter("id", id)
                .getResultList();
        return new DeliveryView(delivery, em.find(OutboxEvent.class, delivery.getEventId()), attempts);
    }

    /**
     * Sends the delivery again now, whatever became of it; the endpoint must be enabled, and no
     * attempt of the delivery under way (two attempts of one delivery never run at once). The
     * delivery is locked, so an attempt being recorded finishes first.
     */
    public DeliveryView retry(UUID team, UUID endpoint, UUID id) {
        requireEnabled(endpoint(team, endpoint));
        WebhookDelivery delivery = delivery(team, endpoint, id);
        try {
            em.refresh(delivery, LockModeType.PESSIMISTIC_WRITE);
        } catch (EntityNotFoundException deletedMeanwhile) {
            throw new NoSuchResourceException(DELIVERY);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (delivery.inFlight(now)) {
            throw new ConflictException("An attempt of this delivery is under way; try again when it has ended.");
        }
        delivery.retryNow(now);
        queues.deliver(List.of(id), Courier.MANUAL);
        return new DeliveryView(delivery, em.find(OutboxEvent.class, delivery.getEventId()), List.of());
    }

    /**
     * Enables a disabled endpoint again and, with replay, sends what it missed since it began to
     * fail (or was disabled), no further back than events are kept; returns how many are queued.
     * One transaction: the endpoint is not enabled unless the replay is queued too.
     */
    public int reEnable(UUID team, UUID endpoint, Long expectedVersion, boolean replay) {
        WebhookEndpoint target = endpoint(team, endpoint);
        Optional<Instant> since = target.getFailingSince().or(target::getDisabledAt);
        endpoints.put(team, endpoint, target.data().withEnabled(true), expectedVersion);
        if (!replay || since.isEmpty()) {
            return 0;
        }
        Instant kept = Instant.now().minus(settings.retention()).plus(REPLAY_MARGIN);
        return recover(team, endpoint, since.get().isAfter(kept) ? since.get() : kept);
    }

    /**
     * Sends again every failed delivery made since the moment, and delivers the events since then
     * that the endpoint missed (it was disabled, or subscribed later); returns how many are queued.
     */
    public int recover(UUID team, UUID endpoint, Instant since) {
        WebhookEndpoint target = endpoint(team, endpoint);
        requireEnabled(target);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (since == null || since.isAfter(now) || since.isBefore(now.minus(settings.retention()))) {
            throw InvalidFieldsException.of("since", "Enter a moment in the past, within the retention period.");
        }
        List<WebhookDelivery> queued = new ArrayList<>();
        // the events of the failed deliveries, for their claims (those of the missed ones are read below)
        em.createQuery(
                        "select e from WebhookDelivery d join OutboxEvent e on e.id = d.eventId"
                                + " where d.endpointId = :endpoint and d.created >= :since"
                                + " and d.status = koppel.webhook.entity.DeliveryStatus.FAILED",
                        OutboxEvent.class)
                .setParameter("endpoint", endpoint)
                .setParameter("since", since)
                .getResultList();
        for (WebhookDelivery failed : em.createQuery(
                        "select d from WebhookDelivery d where d.endpointId = :endpoint and d.created >= :since"
                                + " and d.status = koppel.webhook.entity.DeliveryStatus.FAILED order by d.id",
                        WebhookDelivery.class)
                .setParameter("endpoint", endpoint)
                .setParameter("since", since)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE) // a recovery or retry at the same time waits
                .getResultList()) {
            // a test event is never sent again
            if (!OutboxEvent.PING.equals(
                    em.find(OutboxEvent.class, failed.getEventId()).getType())) {
                failed.retryNow(now);
                queued.add(failed);
            }
        }
        // the events not fanned out yet wait for this transaction: the fan-out skips them meanwhile and
        // then finds the deliveries made here, rather than making the same ones at the same moment
        em.createQuery(
                        "select e from OutboxEvent e where e.teamId = :team and e.occurredAt >= :since"
                                + " and e.dispatched = false",
                        OutboxEvent.class)
                .setParameter("team", team)
                .setParameter("since", since)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (OutboxEvent missed : em.createQuery(
                        "select e from OutboxEvent e where e.teamId = :team and e.occurredAt >= :since"
                                + " and e.type <> :ping and not exists (select d.id from WebhookDelivery d"
                                + " where d.eventId = e.id and d.endpointId = :endpoint) order by e.occurredAt",
                        OutboxEvent.class)
                .setParameter("team", team)
                .setParameter("since", since)
                .setParameter("ping", OutboxEvent.PING)
                .setParameter("endpoint", endpoint)
                .getResultList()) {
            if (target.wants(missed)) {
                WebhookDelivery delivery = new WebhookDelivery(missed.getId(), endpoint, now);
                em.persist(delivery);
                queued.add(delivery);
            }
        }
        deliveries.queueHeld(queued, Courier.MANUAL);
        Writes.flushCreated(em); // another recovery of the endpoint at the same moment: 409, try again
        return queued.size();
    }

    /**
     * Sends a test event to the endpoint now, enabled or not, and answers with the delivery and its
     * attempt. No transaction is held while the receiver answers.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DeliveryView ping(UUID team, UUID endpoint) {
        endpoint(team, endpoint); // another team's endpoint is refused before anything is made
        UUID delivery = deliveries.createPing(team, endpoint);
        courier.deliver(delivery, Courier.PING);
        return get(team, endpoint, delivery);
    }

    private WebhookEndpoint endpoint(UUID team, UUID id) {
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, id);
        if (endpoint == null) {
            throw new NoSuchResourceException(ENDPOINT);
        }
        if (!endpoint.belongsTo(team)) {
            throw new ForeignResourceException();
        }
        return endpoint;
    }

    private WebhookDelivery delivery(UUID team, UUID endpoint, UUID id) {
        endpoint(team, endpoint);
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
        if (delivery == null || !delivery.getEndpointId().equals(endpoint)) {
            throw new NoSuchResourceException(DELIVERY);
        }
        return delivery;
    }

    private static void requireEnabled(WebhookEndpoint endpoint) {
        if (!endpoint.isEnabled()) {
            throw new ConflictException("The endpoint is disabled; enable it first.");
        }
    }

    private static Optional<DeliveryStatus> statusNamed(String name) {
        for (DeliveryStatus status : DeliveryStatus.values()) {
            if (status.apiName().equals(name)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
