package koppel.api.webhook;

import jakarta.json.bind.annotation.JsonbProperty;
import koppel.webhook.entity.EventType;

/** One event type an endpoint can subscribe to, with a line saying when it is raised. */
public record EventTypeOut(
        @JsonbProperty("type") String type,
        @JsonbProperty("resource") String resource,
        @JsonbProperty("action") String action,
        @JsonbProperty("description") String description) {

    public static EventTypeOut of(EventType type) {
        return new EventTypeOut(
                type.name(), type.resource().apiName(), type.action().apiName(), type.description());
    }
}
