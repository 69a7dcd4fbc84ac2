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
 * The throttle windows of one key, when and from where it was last used, and how often the key
 * was changed. Every server instance adds its counts to this row every few hundred milliseconds
 * and decides on a copy in between, so that all count against the same limits; it is apart from
 * {@link ApiKey} so that this busy row never collides with edits of the key.
 */
@Entity
@Table(name = "api_key_usage")
public class ApiKeyUsage {

    static final Duration SECOND = Duration.ofSeconds(1);
    static final Duration DAY = Duration.ofDays(1);

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

    @Embedded
    @AttributeOverride(name = "window", column = @Column(name = "day_window"))
    @AttributeOverride(name = "count", column = @Column(name = "day_count"))
    @AttributeOverride(name = "previous", column = @Column(name = "day_previous"))
    private WindowCounter perDay = new WindowCounter();

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "last_used_ip", length = 45)
    private String lastUsedIp;

    protected ApiKeyUsage() {}

    public ApiKeyUsage(UUID keyId) {
        this.keyId = keyId;
    }

    /** Counts a request if both windows have room, and records its time and origin either way. */
    public Throttling record(Instant now, String ip, RateLimits limits) {
        lastUsedAt = now;
        lastUsedIp = ip == null || ip.length() > 45 ? null : ip;
        Duration wait =
                max(perSecond.waitFor(now, SECOND, limits.perSecond()), perDay.waitFor(now, DAY, limits.perDay()));
        boolean allowed = wait.isZero();
        if (allowed) {
            perSecond.add(now, SECOND);
            perDay.add(now, DAY);
        }
        int secondRemaining = remaining(perSecond.estimate(now, SECOND), limits.perSecond());
        int dayRemaining = remaining(perDay.estimate(now, DAY), limits.perDay());
        long retryAfter = allowed ? 0 : Math.max(1, ceilSeconds(wait));
        // The window closest to running out, in proportion to its size.
        if ((double) dayRemaining / limits.perDay() < (double) secondRemaining / limits.perSecond()) {
            return new Throttling(
                    allowed, retryAfter, limits.perDay(), dayRemaining, ceilSeconds(perDay.untilReset(now, DAY)));
        }
        return new Throttling(
                allowed,
                retryAfter,
                limits.perSecond(),
                secondRemaining,
                ceilSeconds(perSecond.untilReset(now, SECOND)));
    }

    /**
     * Adds what one server instance counted since it last wrote: requests per second (by the epoch
     * second they were made in) and when and from where the key was last used.
     */
    public void absorb(Map<Long, Integer> requestsBySecond, Instant lastUsed, String ip) {
        requestsBySecond.forEach((second, requests) -> {
            Instant at = Instant.ofEpochSecond(second);
            perSecond.add(at, SECOND, requests);
            perDay.add(at, DAY, requests);
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
        copy.perDay = perDay.copy();
        copy.lastUsedAt = lastUsedAt;
        copy.lastUsedIp = lastUsedIp;
        return copy;
    }

    /** Counts a change of the key (the instances themselves hear of it over the key-change topic). */
    public void keyChanged() {
        revision++;
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
