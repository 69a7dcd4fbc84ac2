package koppel.webhook.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.UUID;
import koppel.webhook.entity.OutboxEvent;

/**
 * The body of a delivery (the OpenAPI schema {@code WebhookEvent}). It is made from the stored
 * event and the configured base URL only, so every attempt of a delivery sends the same bytes.
 */
@JsonbPropertyOrder({"id", "type", "team", "occurredAt", "resource", "link", "event"})
public record EventPayload(
        @JsonbProperty("id") UUID id,
        @JsonbProperty("type") String type,
        @JsonbProperty("team") UUID team,
        @JsonbProperty("occurred_at") Instant occurredAt,
        @JsonbProperty("resource") Resource resource,
        @JsonbProperty("link") String link,
        @JsonbProperty("event") String event) {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    /** The resource the event is about. */
    @JsonbPropertyOrder({"id", "type", "externalReference"})
    public record Resource(
            @JsonbProperty("id") UUID id,
            @JsonbProperty("type") String type,

            @JsonbNillable @JsonbProperty("external_reference")
            String externalReference) {}

    /** The payload of the event, with its link below {@code baseUrl} (the API's context root). */
    public static EventPayload of(OutboxEvent event, String baseUrl) {
        return new EventPayload(
                event.getId(),
                event.getType(),
                event.getTeamId(),
                event.getOccurredAt(),
                new Resource(
                        event.getResourceId(),
                        event.getResourceType(),
                        event.getExternalReference().orElse(null)),
                baseUrl + "/v1/" + event.getLinkPath(),
                event.action());
    }

    public String toJson() {
        return JSONB.toJson(this);
    }
}
