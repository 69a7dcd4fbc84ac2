package koppel.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * One event on its way to one endpoint. The database decides who sends it: an instance claims the
 * delivery before each attempt, and a claim runs out, so a crash only delays it. {@code queuedAt}
 * says when it was last put on the queue, so that the timer re-queues only what the queue lost.
 */
@Entity
@Table(name = "webhook_deliveries")
@NamedQuery(
        name = WebhookDelivery.DUE,
        query = "select d.id from WebhookDelivery d where d.status = koppel.webhook.entity.DeliveryStatus.PENDING"
                + " and d.nextAttemptAt <= :now and (d.queuedAt is null or d.queuedAt < :stale)"
                + " and (d.claimedUntil is null or d.claimedUntil < :now) order by d.nextAttemptAt")
@NamedQuery(
        name = WebhookDelivery.OF_ENDPOINTS,
        query = "select d.id from WebhookDelivery d where d.endpointId in :endpoints order by d.id")
@NamedQuery(name = WebhookDelivery.WITH_IDS, query = "select d from WebhookDelivery d where d.id in :ids order by d.id")
@NamedQuery(
        name = WebhookDelivery.MARK_QUEUED,
        query = "update WebhookDelivery d set d.queuedAt = :now where d.id in :ids")
@NamedQuery(
        name = WebhookDelivery.MARK_UNQUEUED,
        query = "update WebhookDelivery d set d.queuedAt = null where d.id in :ids")
@NamedQuery(
        name = WebhookDelivery.OLDEST_DUE,
        query = "select min(d.nextAttemptAt) from WebhookDelivery d"
                + " where d.status = koppel.webhook.entity.DeliveryStatus.PENDING")
@NamedQuery(
        name = WebhookDelivery.FAIL_PENDING,
        query = "update WebhookDelivery d set d.status = koppel.webhook.entity.DeliveryStatus.FAILED,"
                + " d.finishedAt = :now, d.nextAttemptAt = null, d.claimedUntil = null"
                + " where d.endpointId = :endpoint and d.status = koppel.webhook.entity.DeliveryStatus.PENDING")
public class WebhookDelivery {

    /** Ends the pending deliveries of an endpoint that was disabled. */
    public static final String FAIL_PENDING = "WebhookDelivery.failPending";

    /**
     * The deliveries of these endpoints in the order of their ids: locked
     * before their endpoints are deleted, so that the cascade takes them in the order a claim does.
     */
    public static final String OF_ENDPOINTS = "WebhookDelivery.ofEndpoints";

    public static final String DUE = "WebhookDelivery.due";
    public static final String WITH_IDS = "WebhookDelivery.withIds";
    public static final String MARK_QUEUED = "WebhookDelivery.markQueued";
    public static final String MARK_UNQUEUED = "WebhookDelivery.markUnqueued";
    public static final String OLDEST_DUE = "WebhookDelivery.oldestDue";

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "event_id", nullable = false, updatable = false)
    private UUID eventId;

    @Column(name = "endpoint_id", nullable = false, updatable = false)
    private UUID endpointId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeliveryStatus status = DeliveryStatus.PENDING;

    @Column(name = "attempt_count", nullable = false)
    private int attemptCount;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "queued_at")
    private Instant queuedAt;

    @Column(nullable = false, updatable = false)
    private Instant created;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected WebhookDelivery() {}

    public WebhookDelivery(UUID eventId, UUID endpointId, Instant now) {
        this.eventId = eventId;
        this.endpointId = endpointId;
        this.created = now.truncatedTo(ChronoUnit.MICROS);
        this.nextAttemptAt = created;
        this.queuedAt = created;
    }

    /** Whether an attempt may start now: pending, due, and no live claim of another sender. */
    public boolean claimable(Instant now) {
        return status == DeliveryStatus.PENDING
                && nextAttemptAt != null
                && !nextAttemptAt.isAfter(now)
                && (claimedUntil == null || claimedUntil.isBefore(now));
    }

    /** Whether a sender holds a live claim: an attempt may be under way. */
    public boolean inFlight(Instant now) {
        return claimedUntil != null && !claimedUntil.isBefore(now);
    }

    /** Reserves the next attempt for one sender until the claim runs out. */
    public void claim(Instant until) {
        claimedUntil = until;
    }

    /** An attempt succeeded. */
    public void delivered(Instant at) {
        attemptCount++;
        status = DeliveryStatus.DELIVERED;
        finishedAt = at;
        nextAttemptAt = null;
        claimedUntil = null;
    }

    /** An attempt failed; without a next attempt the delivery has failed for good. */
    public void attemptFailed(Instant at, Optional<Instant> nextAttempt) {
        attemptCount++;
        claimedUntil = null;
        queuedAt = null;
        if (nextAttempt.isPresent()) {
            nextAttemptAt = nextAttempt.get();
        } else {
            giveUp(at);
        }
    }

    /** Ends the delivery without another attempt (its endpoint was disabled). */
    public void giveUp(Instant at) {
        status = DeliveryStatus.FAILED;
        finishedAt = at;
        nextAttemptAt = null;
        claimedUntil = null;
    }

    /** Sends it again at once, whatever became of it: an administrator asked for it. */
    public void retryNow(Instant at) {
        status = DeliveryStatus.PENDING;
        finishedAt = null;
        nextAttemptAt = at;
        claimedUntil = null;
        queuedAt = at;
    }

    /** Not queued now: the timer queues it on its next round (the transaction has queued enough). */
    public void leaveToTimer() {
        queuedAt = null;
    }

    /** Waits without counting an attempt (a rate limit, or a setting still missing). */
    public void postpone(Instant until) {
        nextAttemptAt = until;
        claimedUntil = null;
        queuedAt = null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getEventId() {
        return eventId;
    }

    public UUID getEndpointId() {
        return endpointId;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttemptCount() {
        return attemptCount;
    }

    public Optional<Instant> getNextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    public Instant getCreated() {
        return created;
    }

    public Optional<Instant> getFinishedAt() {
        return Optional.ofNullable(finishedAt);
    }
}
