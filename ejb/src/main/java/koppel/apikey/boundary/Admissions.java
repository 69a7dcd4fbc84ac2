package koppel.apikey.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import koppel.apikey.control.StoredKeys;
import koppel.apikey.control.Throttle;
import koppel.apikey.entity.ApiKey;
import koppel.apikey.entity.KeySecret;
import koppel.apikey.entity.RateLimits;
import koppel.apikey.entity.Throttling;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks the key of every API request. A plain CDI bean, not an EJB: a key in the cache costs one
 * SHA-256, no database call and no container invocation; only a miss reads the key (in a
 * transaction of {@link StoredKeys}'s).
 */
@ApplicationScoped
public class Admissions {

    @Inject
    private KeyCache cache;

    @Inject
    private Throttle throttle;

    @EJB
    private StoredKeys storedKeys;

    @Inject
    @ConfigProperty(name = "koppel.api.throttle.per-second")
    private int defaultPerSecond;

    @Inject
    @ConfigProperty(name = "koppel.api.throttle.per-day")
    private int defaultPerDay;

    /**
     * The caller behind a presented key, with the throttle's answer; empty for anything that is
     * not a valid key now (malformed, unknown, deleted, expired, past its grace, owner disabled).
     */
    public Optional<Admission> admit(String presented, String ip) {
        Optional<KeySecret> secret = KeySecret.parse(presented);
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Optional<KeyCache.Cached> cached = cache.get(secret.get().prefix()).filter(copy -> copy.isCurrent(now));
        if (cached.isEmpty()) {
            cached = storedKeys
                    .idByPrefix(secret.get().prefix())
                    .flatMap(storedKeys::load)
                    .map(key -> {
                        KeyCache.Cached loaded = new KeyCache.Cached(key, ApiCaller.of(key), now);
                        cache.put(loaded);
                        return loaded;
                    });
        }
        if (cached.isEmpty() || !accepts(cached.get().key(), secret.get(), now)) {
            return Optional.empty();
        }
        ApiKey key = cached.get().key();
        Optional<Throttling> throttling =
                throttle.admit(key.getId(), now, ip, key.rateLimits(new RateLimits(defaultPerSecond, defaultPerDay)));
        if (throttling.isEmpty()) {
            cache.evict(key.getId());
            return Optional.empty();
        }
        return Optional.of(new Admission(cached.get().caller(), throttling.get()));
    }

    private static boolean accepts(ApiKey key, KeySecret secret, Instant now) {
        return key.accepts(secret, now) && key.getUser().isEnabled();
    }
}
