package koppel.api.webhook;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import java.util.UUID;
import koppel.webhook.entity.EndpointData;
import koppel.webhook.entity.WebhookEndpoint;

/**
 * A webhook endpoint as a caller sends it: {@link EndpointData} with the defaults of the fields it
 * may leave out ({@code enabled} and {@code exclude_own_changes} true, every event type); an
 * empty list of event types is refused, not read as every type.
 */
public record EndpointIn(
        @JsonbProperty("integration") UUID integration,
        @JsonbProperty("url") String url,
        @JsonbProperty("description") String description,
        @JsonbProperty("event_types") List<String> eventTypes,
        @JsonbProperty("enabled") Boolean enabled,
        @JsonbProperty("max_rate") Integer maxRate,
        @JsonbProperty("exclude_own_changes") Boolean excludeOwnChanges) {

    public EndpointData data() {
        return new EndpointData(
                integration,
                url,
                description,
                eventTypes == null ? List.of(WebhookEndpoint.ALL_TYPES) : eventTypes,
                enabled == null || enabled,
                maxRate,
                excludeOwnChanges == null || excludeOwnChanges);
    }
}
