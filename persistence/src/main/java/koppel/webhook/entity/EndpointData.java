package koppel.webhook.entity;

import java.util.List;
import java.util.UUID;

/**
 * What a caller says about a webhook endpoint: everything but its id, team, secret, health and
 * times. {@code eventTypes} {@code ["*"]} subscribes to every type.
 */
public record EndpointData(
        UUID integration,
        String url,
        String description,
        List<String> eventTypes,
        boolean enabled,
        Integer maxRate,
        boolean excludeOwnChanges) {

    public EndpointData {
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
    }
}
