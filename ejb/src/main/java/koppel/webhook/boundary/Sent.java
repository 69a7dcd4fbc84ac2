package koppel.webhook.boundary;

import java.util.Map;
import java.util.UUID;
import koppel.webhook.control.Poster.Outcome;

/**
 * What one sender did with a batch, to record: the deliveries it claimed, the outcome of each one
 * it attempted (a claimed delivery the target guard refused has one too), and what started them.
 */
public record Sent(Map<UUID, Shipment> claimed, Map<UUID, Outcome> outcomes, String trigger) {

    /** Nothing claimed, so nothing to record. */
    public static Sent nothing(String trigger) {
        return new Sent(Map.of(), Map.of(), trigger);
    }

    public boolean isEmpty() {
        return outcomes.isEmpty();
    }
}
