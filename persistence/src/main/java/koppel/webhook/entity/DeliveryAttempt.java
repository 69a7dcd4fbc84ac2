package koppel.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * One try of a delivery, never changed once written: when, how long, the answer's status and
 * beginning, or why no answer came; and what started it (the schedule or an administrator).
 */
@Entity
@Table(name = "webhook_attempts")
public class DeliveryAttempt {

    public static final int MAX_RESPONSE_LENGTH = 4096;
    public static final int MAX_ERROR_LENGTH = 1000;

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "delivery_id", nullable = false)
    private UUID deliveryId;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "duration_ms", nullable = false)
    private long durationMillis;

    @Column(name = "status_code")
    private Integer statusCode;

    @Column(length = MAX_RESPONSE_LENGTH)
    private String response;

    @Column(length = MAX_ERROR_LENGTH)
    private String error;

    @Column(name = "trigger_kind", nullable = false, length = 16)
    private String trigger;

    protected DeliveryAttempt() {}

    public DeliveryAttempt(
            UUID deliveryId,
            Instant attemptedAt,
            long durationMillis,
            Integer statusCode,
            String response,
            String error,
            String trigger) {
        this.deliveryId = deliveryId;
        this.attemptedAt = attemptedAt;
        this.durationMillis = durationMillis;
        this.statusCode = statusCode;
        this.response = cut(response, MAX_RESPONSE_LENGTH);
        this.error = cut(error, MAX_ERROR_LENGTH);
        this.trigger = trigger;
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public UUID getId() {
        return id;
    }

    public UUID getDeliveryId() {
        return deliveryId;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public long getDurationMillis() {
        return durationMillis;
    }

    public OptionalInt getStatusCode() {
        return statusCode == null ? OptionalInt.empty() : OptionalInt.of(statusCode);
    }

    public Optional<String> getResponse() {
        return Optional.ofNullable(response);
    }

    public Optional<String> getError() {
        return Optional.ofNullable(error);
    }

    public String getTrigger() {
        return trigger;
    }
}
