package koppel.api.webhook;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.UUID;
import koppel.webhook.entity.DeliveryAttempt;

/** One attempt of a delivery as the API shows it. */
public record AttemptOut(
        @JsonbProperty("id") UUID id,
        @JsonbProperty("attempted_at") Instant attemptedAt,
        @JsonbProperty("duration_ms") long durationMs,
        @JsonbNillable @JsonbProperty("status_code") Integer statusCode,
        @JsonbNillable @JsonbProperty("response") String response,
        @JsonbNillable @JsonbProperty("error") String error,
        @JsonbProperty("trigger") String trigger) {

    public static AttemptOut of(DeliveryAttempt attempt) {
        return new AttemptOut(
                attempt.getId(),
                attempt.getAttemptedAt(),
                attempt.getDurationMillis(),
                attempt.getStatusCode().isPresent() ? attempt.getStatusCode().getAsInt() : null,
                attempt.getResponse().orElse(null),
                attempt.getError().orElse(null),
                attempt.getTrigger());
    }
}
