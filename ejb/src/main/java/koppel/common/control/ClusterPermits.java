package koppel.common.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Holds per-second limits for the whole cluster (an API key's requests, a webhook endpoint's
 * deliveries; each kind in its {@link PermitLedger}): this instance admits one only with a permit
 * for the current epoch second, taken from the database ({@link PermitRows}) a twentieth of the
 * limit at a time (at least one), so that a 5/s key costs a write per admitted request and a
 * 1,000/s key one per 50. Once a second is used up, this instance refuses the rest of it without
 * asking again. When the database cannot be asked, the request is admitted: the instance's own
 * counts still limit it.
 */
@ApplicationScoped
public class ClusterPermits {

    private static final Logger LOG = Logger.getLogger(ClusterPermits.class.getName());
    private static final int CHUNKS_PER_SECOND = 20;

    @Inject
    private PermitRows rows;

    /** Whose permits: a key of a ledger. */
    private record Holder(PermitLedger ledger, UUID key) {}

    /** One key's permits for one second on this instance. */
    private static final class Lease {
        long second = Long.MIN_VALUE;
        int left;
        boolean usedUp;
    }

    private final ConcurrentMap<Holder, Lease> leases = new ConcurrentHashMap<>();

    public ClusterPermits() {}

    /** With these rows instead of the injected ones (tests). */
    public ClusterPermits(PermitRows rows) {
        this.rows = rows;
    }

    /** Whether this instance may admit one more request of the key in the second of {@code now}. */
    public boolean take(PermitLedger ledger, UUID key, Instant now, int limitPerSecond) {
        Lease lease = leases.computeIfAbsent(new Holder(ledger, key), id -> new Lease());
        synchronized (lease) {
            // A request that read the clock a moment before another one of a later second counts
            // in that later second: the lease never goes back.
            long second = Math.max(now.getEpochSecond(), lease.second);
            if (lease.second != second) {
                lease.second = second;
                lease.left = 0;
                lease.usedUp = false;
            }
            if (lease.left == 0 && !lease.usedUp) {
                lease.left = takeRows(ledger, key, second, limitPerSecond);
                lease.usedUp = lease.left == 0;
            }
            if (lease.left == 0) {
                return false;
            }
            lease.left--;
            return true;
        }
    }

    /**
     * Returns the permit of a request this instance then refused after all (its own windows had no
     * room): kept for the key's next request in the same second, not used up by refusals.
     */
    public void giveBack(PermitLedger ledger, UUID key, Instant now) {
        Lease lease = leases.get(new Holder(ledger, key));
        if (lease != null) {
            synchronized (lease) {
                if (lease.second >= now.getEpochSecond() && lease.left < Integer.MAX_VALUE) {
                    lease.left++;
                }
            }
        }
    }

    /** Forgets a key's permits (deleted or changed); the next request takes new ones. */
    public void forget(PermitLedger ledger, UUID key) {
        leases.remove(new Holder(ledger, key));
    }

    private int takeRows(PermitLedger ledger, UUID key, long second, int limit) {
        try {
            return rows.take(ledger, key, second, Math.max(1, limit / CHUNKS_PER_SECOND), limit);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    e,
                    () -> "Could not take permits of " + key + " (" + ledger + "); admitting for this second");
            return Integer.MAX_VALUE;
        }
    }
}
