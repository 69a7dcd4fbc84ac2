package koppel.webhook.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Whether webhooks flow: what the {@code webhooks} health check reports, decided from the figures. */
public final class Backlog {

    private Backlog() {}

    /**
     * What keeps deliveries back, if anything: the base URL their links need is not set, or the
     * oldest due delivery has waited longer than allowed. Nothing pending is never a problem.
     */
    public static Optional<String> trouble(
            Optional<Instant> oldestDue, Instant now, boolean baseUrlSet, Duration maxDueAge) {
        if (oldestDue.isEmpty()) {
            return Optional.empty();
        }
        if (!baseUrlSet) {
            return Optional.of("Deliveries wait for the setting koppel.api.base-url (the links in their payloads).");
        }
        Duration waiting = Duration.between(oldestDue.get(), now);
        if (waiting.compareTo(maxDueAge) > 0) {
            return Optional.of("The oldest due delivery has waited " + waiting.toSeconds() + " s, longer than"
                    + " koppel.webhooks.health.max-due-age (" + maxDueAge.toSeconds() + " s).");
        }
        return Optional.empty();
    }
}
