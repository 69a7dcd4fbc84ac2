package koppel.ticketing.provider;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A session group as an event, what Koppel asks a ticketing system to hold: named after the
 * session group (or its product), from its first session's start to its last session's end.
 *
 * @param capacity the session group's maximum, else its product's; null when unlimited
 * @param prices the session group's prices, else its product's; tax included
 */
public record EventDraft(
        UUID sessionGroup,
        UUID team,
        String teamName,
        String name,
        Instant start,
        Instant end,
        Integer capacity,
        String location,
        List<PriceLine> prices,
        List<Meeting> sessions) {

    public EventDraft {
        prices = List.copyOf(prices);
        sessions = List.copyOf(sessions);
    }

    /** One price: the standard one has no label. */
    public record PriceLine(String label, BigDecimal amount) {}

    /** One session of the group. */
    public record Meeting(Instant start, Instant end, String location) {}
}
