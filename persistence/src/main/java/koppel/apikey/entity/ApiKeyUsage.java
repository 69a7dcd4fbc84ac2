package koppel.apikey.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The per-second throttle window of one key (its day is {@link RequestSecond}s), when and from
 * where it was last used, and how often the key was changed. Every server instance adds its counts to this row every few hundred milliseconds
 * and decides on a copy in between, so that all count against the same limits; it is apart from
 * {@link ApiKey} so that this busy row never collides with edits of the key.
 */
@Entity
@Table(name = "api_key_usage")
public class ApiKeyUsage {

    static final Duration SECOND = Duration.ofSeconds(1);

    @Id
    @Column(name = "api_key_id")
    private UUID keyId;

    @Column(nullable = false)
    private long revision;

    @Embedded
    @AttributeOverride(name = "window", column = @Column(name = "second_window"))
    @AttributeOverride(name = "count", column = @Column(name = "second_count"))
    @AttributeOverride(name = "previous", column = @Column(name = "second_previous"))
    private WindowCounter perSecond = new WindowCounter();

    /** Moves on with every write of counts; the day's rows changed in a write carry it. */
    @Column(name = "day_revision", nullable = false)
    private long dayRevision;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "last_used_ip", length = 45)
    private String lastUsedIp;

    protected ApiKeyUsage() {}

    public ApiKeyUsage(UUID keyId) {
        this.keyId = keyId;
    }

    /**
     * Counts a request if both windows, this row's second and the key's {@code day}, have room,
     * and records its time and origin either way. The headers report the window closest to
     * running out; {@code RateLimit-Reset} is the time until its {@code RateLimit-Remaining} goes
     * up, so that on a refusal it is the same wait as {@code Retry-After}.
     */
    public Throttling record(Instant now, String ip, RateLimits limits, DayWindow day) {
        lastUsedAt = now;
        lastUsedIp = ip == null || ip.length() > 45 ? null : ip;
        Duration secondWait = perSecond.waitFor(now, SECOND, limits.perSecond());
        Duration dayWait = day.waitUntilAtMost(now, limits.perDay() - 1L);
        boolean allowed = secondWait.isZero() && dayWait.isZero();
        if (!allowed) {
            long retryAfter = Math.max(1, ceilSeconds(max(secondWait, dayWait)));
            int limit = dayWait.compareTo(secondWait) >= 0 ? limits.perDay() : limits.perSecond();
            return new Throttling(false, retryAfter, limit, 0, retryAfter);
        }
        perSecond.add(now, SECOND);
        day.add(now.getEpochSecond(), 1);
        int secondRemaining = remaining(perSecond.estimate(now, SECOND), limits.perSecond());
        long dayRemaining = Math.max(0, limits.perDay() - day.count(now));
        // The window closest to running out, in proportion to its size.
        if ((double) dayRemaining / limits.perDay() < (double) secondRemaining / limits.perSecond()) {
            Duration reset = dayRemaining >= limits.perDay()
                    ? Duration.ZERO
                    : day.waitUntilAtMost(now, limits.perDay() - dayRemaining - 1);
            return new Throttling(true, 0, limits.perDay(), (int) dayRemaining, ceilSeconds(reset));
        }
        Duration reset = secondRemaining >= limits.perSecond()
                ? Duration.ZERO
                : perSecond.waitFor(now, SECOND, limits.perSecond() - secondRemaining);
        return new Throttling(true, 0, limits.perSecond(), secondRemaining, ceilSeconds(reset));
    }

    /**
     * The refusal when all instances together have used up the key's current second: room again
     * once the next second has begun and this instance's sliding second window, which still holds
     * part of this second's requests then, has room too.
     */
    public Throttling secondUsedUp(Instant now, RateLimits limits) {
        Instant next = Instant.ofEpochSecond(now.getEpochSecond() + 1);
        Duration wait = Duration.between(now, next).plus(perSecond.copy().waitFor(next, SECOND, limits.perSecond()));
        long retryAfter = Math.max(1, ceilSeconds(wait));
        return new Throttling(false, retryAfter, limits.perSecond(), 0, retryAfter);
    }

    /**
     * Adds what one server instance counted since it last wrote: requests per second (by the epoch
     * second they were made in) and when and from where the key was last used.
     */
    public void absorb(Map<Long, Integer> requestsBySecond, Instant lastUsed, String ip) {
        requestsBySecond.forEach((second, requests) -> {
            Instant at = Instant.ofEpochSecond(second);
            perSecond.add(at, SECOND, requests);
        });
        if (lastUsed != null && (lastUsedAt == null || lastUsed.isAfter(lastUsedAt))) {
            lastUsedAt = lastUsed;
            lastUsedIp = ip == null || ip.length() > 45 ? null : ip;
        }
    }

    /** A detached copy of the counts, for a server instance to decide on between writes. */
    public ApiKeyUsage copy() {
        ApiKeyUsage copy = new ApiKeyUsage(keyId);
        copy.revision = revision;
        copy.perSecond = perSecond.copy();
        copy.dayRevision = dayRevision;
        copy.lastUsedAt = lastUsedAt;
        copy.lastUsedIp = lastUsedIp;
        return copy;
    }

    /** Counts a change of the key (the instances themselves hear of it over the key-change topic). */
    public void keyChanged() {
        revision++;
    }

    /** The revision the day's rows of the next write of counts will carry. */
    public long nextDayRevision() {
        return ++dayRevision;
    }

    public long getDayRevision() {
        return dayRevision;
    }

    public long getRevision() {
        return revision;
    }

    public Optional<Instant> getLastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    public Optional<String> getLastUsedIp() {
        return Optional.ofNullable(lastUsedIp);
    }

    private static int remaining(double estimate, int limit) {
        return (int) Math.max(0, Math.floor(limit - estimate));
    }

    private static long ceilSeconds(Duration duration) {
        return (duration.toMillis() + 999) / 1000;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
