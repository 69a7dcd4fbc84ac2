package koppel.admin.settings.integrations;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import koppel.webhook.entity.DeliveryAttempt;

/**
 * One try of a delivery as the pages show it (the answer of a ping, a row of a delivery's attempts):
 * a copy the view may keep between requests, as the attempt entity is not serializable.
 */
public record AttemptShown(
        Instant at, long durationMillis, Integer statusCode, String response, String error, String trigger)
        implements Serializable {

    static AttemptShown of(DeliveryAttempt attempt) {
        return new AttemptShown(
                attempt.getAttemptedAt(),
                attempt.getDurationMillis(),
                attempt.getStatusCode().isPresent() ? attempt.getStatusCode().getAsInt() : null,
                attempt.getResponse().orElse(null),
                attempt.getError().orElse(null),
                attempt.getTrigger());
    }

    /** When, as {@code Moments} formats an optional moment. */
    public Optional<Instant> moment() {
        return Optional.ofNullable(at);
    }

    /** Whether the receiver answered with a 2xx status. */
    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
