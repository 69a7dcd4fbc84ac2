package koppel.api.webhook;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.core.EntityTag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import koppel.webhook.boundary.DeliveryView;
import koppel.webhook.entity.WebhookDelivery;

/**
 * A delivery as the API shows it: the event it carries (its id is the {@code webhook-id} header),
 * where it stands, and on a single delivery every attempt (empty in lists).
 */
public record DeliveryOut(
        @JsonbProperty("id") UUID id,
        @JsonbProperty("endpoint") UUID endpoint,
        @JsonbProperty("event_id") UUID eventId,
        @JsonbProperty("event_type") String eventType,
        @JsonbProperty("resource_id") UUID resourceId,
        @JsonbProperty("status") String status,
        @JsonbProperty("attempt_count") int attemptCount,
        @JsonbNillable @JsonbProperty("next_attempt_at") Instant nextAttemptAt,
        @JsonbProperty("created") Instant created,
        @JsonbNillable @JsonbProperty("finished_at") Instant finishedAt,
        @JsonbProperty("attempts") List<AttemptOut> attempts) {

    public static DeliveryOut of(DeliveryView view) {
        WebhookDelivery delivery = view.delivery();
        return new DeliveryOut(
                delivery.getId(),
                delivery.getEndpointId(),
                view.event().getId(),
                view.event().getType(),
                view.event().getResourceId(),
                delivery.getStatus().apiName(),
                delivery.getAttemptCount(),
                delivery.getNextAttemptAt().orElse(null),
                delivery.getCreated(),
                delivery.getFinishedAt().orElse(null),
                view.attempts().stream().map(AttemptOut::of).toList());
    }

    /**
     * A strong tag of what changes in a delivery (its status, attempts and next attempt; the
     * finish comes with the status): deliveries take no {@code If-Match}, the tag lets a client
     * tell whether one changed.
     */
    public EntityTag tag() {
        return new EntityTag(
                status + "-" + attemptCount + "-" + (nextAttemptAt == null ? 0 : nextAttemptAt.toEpochMilli()));
    }
}
