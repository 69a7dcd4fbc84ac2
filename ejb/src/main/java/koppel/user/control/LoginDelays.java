package koppel.user.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How long a sign-in must wait after earlier attempts that did not succeed: nothing below the
 * limit, then a delay that doubles with every further attempt, up to the window itself.
 */
public record LoginDelays(int limit, Duration first, Duration window) {

    /** Five failed attempts for one username, or twenty from one address, within 15 minutes. */
    public static final LoginDelays PER_USERNAME = new LoginDelays(5, Duration.ofSeconds(15), Duration.ofMinutes(15));

    public static final LoginDelays PER_ADDRESS = new LoginDelays(20, Duration.ofSeconds(15), Duration.ofMinutes(15));

    /**
     * When an attempt at {@code now} may be made, given the earlier attempts within the window
     * (oldest first); empty when it may be made now.
     */
    public Optional<Instant> notBefore(List<Instant> earlier, Instant now) {
        if (earlier.size() < limit) {
            return Optional.empty();
        }
        Instant allowed = earlier.get(earlier.size() - 1).plus(delay(earlier.size()));
        return allowed.isAfter(now) ? Optional.of(allowed) : Optional.empty();
    }

    /** The wait after {@code attempts} attempts: {@code first}, doubled per attempt over the limit. */
    Duration delay(int attempts) {
        int doublings = Math.min(attempts - limit, 20);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(window) > 0 ? window : delay;
    }
}
