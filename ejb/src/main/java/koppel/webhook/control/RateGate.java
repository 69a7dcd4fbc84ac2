package koppel.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spaces the deliveries to an endpoint with a {@code max_rate} evenly: one every 1/rate seconds.
 * A delivery that comes too early is told how long to wait and waits in the database, not in a
 * thread. The spacing is kept per server instance.
 */
@ApplicationScoped
public class RateGate {

    private final Map<UUID, Long> nextFree = new ConcurrentHashMap<>();

    /** Zero when the delivery may go now (and takes the slot), else how long it must wait. */
    public Duration reserve(UUID endpoint, int perSecond, long nowMillis) {
        long interval = Math.max(1, 1000L / perSecond);
        long[] wait = {0};
        nextFree.compute(endpoint, (id, next) -> {
            long slot = next == null ? nowMillis : Math.max(next, nowMillis);
            if (slot > nowMillis) {
                wait[0] = slot - nowMillis;
                return next;
            }
            return slot + interval;
        });
        return Duration.ofMillis(wait[0]);
    }
}
