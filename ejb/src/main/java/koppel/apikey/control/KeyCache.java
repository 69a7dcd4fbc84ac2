package koppel.apikey.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import koppel.apikey.boundary.ApiCaller;
import koppel.apikey.entity.ApiKey;

/**
 * This server instance's copies of keys in use, by prefix, so that a request costs no key query.
 * A copy is trusted only while its revision equals the one in the key's usage row, which every
 * request reads anyway (it is locked to count the request): a change made on any instance is
 * seen by all on the next request. The copies are detached and never changed after caching.
 */
@ApplicationScoped
public class KeyCache {

    /** Bounds memory against callers inventing prefixes; real deployments have far fewer keys. */
    static final int CAPACITY = 10_000;

    private final ConcurrentMap<String, Cached> byPrefix = new ConcurrentHashMap<>();

    public record Cached(ApiKey key, ApiCaller caller, long revision) {}

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

    public void evict(ApiKey key) {
        byPrefix.values().removeIf(cached -> cached.key().getId().equals(key.getId()));
    }
}
