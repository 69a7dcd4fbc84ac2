package koppel.apikey.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import koppel.apikey.entity.ApiKey;

/**
 * This server instance's copies of keys in use, by prefix, so that a request costs no key query.
 * A change on this instance evicts the copy at once; a change on another arrives through the
 * key-change topic (KeyChangeConsumer); and no copy is trusted longer than a minute. The copies are
 * detached and never changed after caching. It sits beside the facades rather than in control because
 * it keeps what they hand out (the {@link ApiCaller}), and only they use it.
 */
@ApplicationScoped
public class KeyCache {

    /** Bounds memory against callers inventing prefixes; real deployments have far fewer keys. */
    static final int CAPACITY = 10_000;

    private final ConcurrentMap<String, Cached> byPrefix = new ConcurrentHashMap<>();

    /** Read again after this long, even without word of a change (a lost message cannot last). */
    static final Duration TRUSTED_FOR = Duration.ofSeconds(60);

    public record Cached(ApiKey key, ApiCaller caller, Instant loadedAt) {

        public boolean isCurrent(Instant now) {
            return loadedAt.plus(TRUSTED_FOR).isAfter(now);
        }
    }

    public Optional<Cached> get(String prefix) {
        return Optional.ofNullable(byPrefix.get(prefix));
    }

    public void put(Cached cached) {
        if (byPrefix.size() >= CAPACITY) {
            byPrefix.clear();
        }
        byPrefix.put(cached.key().getPrefix(), cached);
        cached.key().getPreviousPrefix().ifPresent(previous -> byPrefix.put(previous, cached));
    }

    public void evict(UUID key) {
        byPrefix.values().removeIf(cached -> cached.key().getId().equals(key));
    }
}
