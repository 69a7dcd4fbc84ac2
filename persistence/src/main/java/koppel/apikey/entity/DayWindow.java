package koppel.apikey.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A key's requests of the last 24 hours, exact to the second: a count per epoch second, so that a
 * request counted in second {@code s} leaves the window at {@code s + 86,400} and the wait a
 * refused key is told is the time until enough requests have left it. Two layers: what the
 * database holds for the key (every instance's counts, as last read) and what this instance
 * counted and has not yet seen written there. Not thread-safe: the throttle holds the key's lock.
 */
public final class DayWindow {

    /** The window's length in seconds. */
    public static final long SECONDS = Duration.ofDays(1).toSeconds();

    private final NavigableMap<Long, Integer> stored = new TreeMap<>();
    private final NavigableMap<Long, Integer> local = new TreeMap<>();
    private long storedTotal;
    private long localTotal;

    /** Counts requests made here in a second. */
    public void add(long epochSecond, int requests) {
        local.merge(epochSecond, requests, Integer::sum);
        localTotal += requests;
    }

    /** Takes the database's counts of these seconds (absolute, every instance's) in place of those held. */
    public void stored(Map<Long, Integer> countsBySecond) {
        countsBySecond.forEach((second, requests) -> {
            Integer before = stored.put(second, requests);
            storedTotal += requests - (before == null ? 0 : before);
        });
    }

    /** These counts of this instance are now part of what the database holds (and of {@link #stored}). */
    public void written(Map<Long, Integer> countsBySecond) {
        countsBySecond.forEach((second, requests) -> {
            Integer before = local.get(second);
            if (before != null) {
                int left = before - requests;
                localTotal -= Math.min(before, requests);
                if (left > 0) {
                    local.put(second, left);
                } else {
                    local.remove(second);
                }
            }
        });
    }

    /** The requests of the 24 hours up to and including the second of {@code now}. */
    public long count(Instant now) {
        forgetBefore(now);
        return storedTotal + localTotal;
    }

    /**
     * Time until at most {@code atMost} requests are left in the window (zero when that holds
     * now): until the oldest seconds, in order, have left it. Never negative.
     */
    public Duration waitUntilAtMost(Instant now, long atMost) {
        long count = count(now);
        if (count <= atMost) {
            return Duration.ZERO;
        }
        if (atMost < 0) {
            throw new IllegalArgumentException("A window never holds fewer than no requests");
        }
        Iterator<Map.Entry<Long, Integer>> a = stored.entrySet().iterator();
        Iterator<Map.Entry<Long, Integer>> b = local.entrySet().iterator();
        Map.Entry<Long, Integer> nextA = a.hasNext() ? a.next() : null;
        Map.Entry<Long, Integer> nextB = b.hasNext() ? b.next() : null;
        while (nextA != null || nextB != null) {
            Map.Entry<Long, Integer> oldest;
            if (nextB == null || nextA != null && nextA.getKey() <= nextB.getKey()) {
                oldest = nextA;
                nextA = a.hasNext() ? a.next() : null;
            } else {
                oldest = nextB;
                nextB = b.hasNext() ? b.next() : null;
            }
            count -= oldest.getValue();
            if (count <= atMost) {
                Instant leaves = Instant.ofEpochSecond(oldest.getKey() + SECONDS);
                return leaves.isAfter(now) ? Duration.between(now, leaves) : Duration.ZERO;
            }
        }
        return Duration.ZERO;
    }

    /** Drops the seconds that are 24 hours or more before the second of {@code now}. */
    private void forgetBefore(Instant now) {
        long oldestKept = now.getEpochSecond() - SECONDS + 1;
        storedTotal -= drop(stored, oldestKept);
        localTotal -= drop(local, oldestKept);
    }

    private static long drop(NavigableMap<Long, Integer> counts, long oldestKept) {
        long dropped = 0;
        while (!counts.isEmpty() && counts.firstKey() < oldestKept) {
            dropped += counts.pollFirstEntry().getValue();
        }
        return dropped;
    }
}
