package koppel.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import koppel.common.control.ClusterPermits;
import koppel.common.control.PermitLedger;

/**
 * Holds the deliveries to an endpoint with a {@code max_rate} to that rate: on this instance they
 * are spaced evenly, one every 1/rate seconds to the nanosecond (rounded up, so never faster), and
 * each also needs one of the cluster's permits for its second ({@link ClusterPermits}), so that
 * the rate holds across instances. A delivery that comes too early is told how long to wait and
 * waits in the database, not in a thread.
 */
@ApplicationScoped
public class RateGate {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    @Inject
    private ClusterPermits permits;

    /** When this instance may next post to one endpoint, in nanoseconds of the epoch. */
    private static final class Pace {
        long next = Long.MIN_VALUE;
    }

    private final ConcurrentMap<UUID, Pace> paces = new ConcurrentHashMap<>();

    public RateGate() {}

    /** With these permits instead of the injected ones (tests). */
    RateGate(ClusterPermits permits) {
        this.permits = permits;
    }

    /** Zero when the delivery may go now (and takes the slot), else how long it must wait. */
    public Duration reserve(UUID endpoint, int perSecond, Instant now) {
        long interval = (NANOS_PER_SECOND + perSecond - 1) / perSecond;
        long nowNanos = now.getEpochSecond() * NANOS_PER_SECOND + now.getNano();
        Pace pace = paces.computeIfAbsent(endpoint, id -> new Pace());
        synchronized (pace) {
            if (pace.next > nowNanos) {
                return Duration.ofNanos(pace.next - nowNanos);
            }
            if (!permits.take(PermitLedger.WEBHOOK_ENDPOINTS, endpoint, now, perSecond)) {
                // the other instances used up this second
                return Duration.ofNanos((now.getEpochSecond() + 1) * NANOS_PER_SECOND - nowNanos);
            }
            pace.next = nowNanos + interval;
            return Duration.ZERO;
        }
    }
}
