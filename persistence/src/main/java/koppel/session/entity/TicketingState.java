package koppel.session.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.UUID;

/**
 * What the API shows of a session group's event in a ticketing system ({@code ticketing}): the
 * link, the event's id and status there, its sales as last pulled, and the last error, if any.
 */
public record TicketingState(
        @JsonbProperty("link") UUID link,
        @JsonbProperty("remote_id") String remoteId,
        @JsonbProperty("status") String status,
        @JsonbProperty("sold") Integer sold,
        @JsonbProperty("available") Integer available,
        @JsonbProperty("synced_at") Instant syncedAt,
        @JsonbProperty("error") String error) {}
