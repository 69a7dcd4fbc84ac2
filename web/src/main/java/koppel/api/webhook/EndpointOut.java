package koppel.api.webhook;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import koppel.webhook.entity.WebhookEndpoint;

/** A webhook endpoint as the API shows it: what a caller said, and its health; never its secret. */
public record EndpointOut(
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
        @JsonbProperty("created") Instant created,
        @JsonbProperty("last_modified") Instant lastModified) {

    public static EndpointOut of(WebhookEndpoint endpoint) {
        var data = endpoint.data();
        return new EndpointOut(
                endpoint.getId(),
                data.integration(),
                data.url(),
                data.description(),
                data.eventTypes(),
                data.enabled(),
                data.maxRate(),
                data.excludeOwnChanges(),
                endpoint.status().apiName(),
                endpoint.getFailingSince().orElse(null),
                endpoint.getDisabledReason().orElse(null),
                endpoint.getLastSuccess().orElse(null),
                endpoint.getCreated(),
                endpoint.getLastModified());
    }
}
