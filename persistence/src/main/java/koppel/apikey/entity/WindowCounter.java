package koppel.apikey.entity;

import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * Requests counted in fixed windows, read as a sliding window: the previous window's count weighs
 * in proportion to how much of it still overlaps the last window length (the approximation
 * rate limiters at scale use; exact enough, and two numbers instead of a log of requests).
 */
@Embeddable
public class WindowCounter {

    private long window;
    private int count;
    private int previous;

    /** How many requests the sliding window ending now holds. */
    double estimate(Instant now, Duration length) {
        roll(now, length);
        return previous * (1 - elapsedFraction(now, length)) + count;
    }

    void add(Instant now, Duration length) {
        add(now, length, 1);
    }

    /**
     * Adds requests made at a time, which may lie a little in the past (counted on another server
     * instance, or before a sync): into the current window, the previous one, or nowhere if older.
     */
    void add(Instant at, Duration length, int requests) {
        long when = at.toEpochMilli() / length.toMillis();
        if (when > window) {
            roll(at, length);
            count += requests;
        } else if (when == window) {
            count += requests;
        } else if (when == window - 1) {
            previous += requests;
        }
    }

    WindowCounter copy() {
        WindowCounter copy = new WindowCounter();
        copy.window = window;
        copy.count = count;
        copy.previous = previous;
        return copy;
    }

    /** Time until one more request fits under the limit; zero when it fits now. */
    Duration waitFor(Instant now, Duration length, int limit) {
        roll(now, length);
        double elapsed = elapsedFraction(now, length);
        if (previous * (1 - elapsed) + count + 1 <= limit) {
            return Duration.ZERO;
        }
        double lengthMillis = length.toMillis();
        if (count + 1 <= limit) {
            double needed = 1 - (double) (limit - 1 - count) / previous;
            return Duration.ofMillis((long) Math.ceil((needed - elapsed) * lengthMillis));
        }
        double neededNext = 1 - (double) (limit - 1) / count;
        return Duration.ofMillis((long) Math.ceil(((1 - elapsed) + neededNext) * lengthMillis));
    }

    /** Moves on to the window holding {@code now}; never back (another instance may be a moment ahead). */
    private void roll(Instant now, Duration length) {
        long current = now.toEpochMilli() / length.toMillis();
        if (current > window) {
            previous = current == window + 1 ? count : 0;
            count = 0;
            window = current;
        }
    }

    private double elapsedFraction(Instant now, Duration length) {
        long lengthMillis = length.toMillis();
        return (double) (now.toEpochMilli() % lengthMillis) / lengthMillis;
    }
}
