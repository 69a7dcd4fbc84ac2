package koppel.api.webhook;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import koppel.webhook.entity.WebhookEndpoint;

/**
 * A webhook endpoint with its new signing secret in plain text: the answer of the write that made
 * the secret (creation, rotation), the only one that ever shows it. The fields of {@link
 * EndpointOut}, and {@code secret}.
 */
public record NewSecretOut(
        @JsonbProperty("id") UUID id,
        @JsonbProperty("integration") UUID integration,
        @JsonbProperty("url") String url,
        @JsonbNillable @JsonbProperty("description") String description,
        @JsonbProperty("event_types") List<String> eventTypes,
        @JsonbProperty("enabled") boolean enabled,
        @JsonbNillable @JsonbProperty("max_rate") Integer maxRate,
        @JsonbProperty("exclude_own_changes") boolean excludeOwnChanges,
        @JsonbProperty("status") String status,
        @JsonbNillable @JsonbProperty("failing_since") Instant failingSince,
        @JsonbNillable @JsonbProperty("disabled_reason") String disabledReason,
        @JsonbNillable @JsonbProperty("last_success") Instant lastSuccess,
        @JsonbProperty("secret") String secret,
        @JsonbProperty("created") Instant created,
        @JsonbProperty("last_modified") Instant lastModified) {

    public static NewSecretOut of(WebhookEndpoint endpoint, String secret) {
        EndpointOut out = EndpointOut.of(endpoint);
        return new NewSecretOut(
                out.id(),
                out.integration(),
                out.url(),
                out.description(),
                out.eventTypes(),
                out.enabled(),
                out.maxRate(),
                out.excludeOwnChanges(),
                out.status(),
                out.failingSince(),
                out.disabledReason(),
                out.lastSuccess(),
                secret,
                out.created(),
                out.lastModified());
    }
}
