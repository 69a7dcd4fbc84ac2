package koppel.webhook.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * What a caller says about a webhook endpoint: everything but its id, team, secret, health and
 * times. {@code eventTypes} {@code ["*"]} subscribes to every type; whether each type is known is
 * checked against {@link EventType}.
 */
public record EndpointData(
        @JsonbProperty("integration") @NotNull(message = "This field is required.")
        UUID integration,

        @JsonbProperty("url") @NotBlank(message = "This field is required.") @Size(max = WebhookEndpoint.MAX_URL_LENGTH)
        String url,

        @JsonbProperty("description") @Size(max = WebhookEndpoint.MAX_DESCRIPTION_LENGTH)
        String description,

        @JsonbProperty("event_types") @Size(max = EventType.MAX_LISTED)
        List<String> eventTypes,

        @JsonbProperty("enabled") boolean enabled,
        @JsonbProperty("max_rate") @Min(1) @Max(MAX_RATE) Integer maxRate,
        @JsonbProperty("exclude_own_changes") boolean excludeOwnChanges) {

    /** The most deliveries per second an endpoint may ask for. */
    public static final int MAX_RATE = 10_000;

    /** A type named twice is kept once, where it first stood. */
    public EndpointData {
        url = url == null ? null : url.strip();
        eventTypes = eventTypes == null ? List.of() : List.copyOf(new LinkedHashSet<>(eventTypes));
    }

    /** The same endpoint, enabled or disabled. */
    public EndpointData withEnabled(boolean on) {
        return new EndpointData(integration, url, description, eventTypes, on, maxRate, excludeOwnChanges);
    }
}
