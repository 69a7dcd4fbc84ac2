package koppel.apikey.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import koppel.apikey.entity.ApiKey;
import koppel.apikey.entity.ApiKeyUsage;

/** The database side of checking keys, each call a transaction of its own, used only when caches miss. */
@Stateless
public class KeyStore {

    @PersistenceContext
    private EntityManager em;

    public Optional<UUID> idByPrefix(String prefix) {
        return em.createNamedQuery(ApiKey.ID_BY_PREFIX, UUID.class)
                .setParameter("prefix", prefix)
                .getResultStream()
                .findFirst();
    }

    /** The key with its owner loaded, detached when this returns. */
    public Optional<ApiKey> load(UUID id) {
        Optional<ApiKey> key = Optional.ofNullable(em.find(ApiKey.class, id));
        key.ifPresent(found -> found.getUser().isEnabled());
        return key;
    }

    /** A copy of the key's counts as every instance has written them; empty when the key is gone. */
    public Optional<ApiKeyUsage> usage(UUID id) {
        return Optional.ofNullable(em.find(ApiKeyUsage.class, id)).map(ApiKeyUsage::copy);
    }

    /** Adds one instance's counts to the key's, and returns a copy of the sum; empty when the key is gone. */
    public Optional<ApiKeyUsage> add(UUID id, Map<Long, Integer> requestsBySecond, Instant lastUsed, String ip) {
        ApiKeyUsage usage = em.find(ApiKeyUsage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (usage == null) {
            return Optional.empty();
        }
        usage.absorb(requestsBySecond, lastUsed, ip);
        return Optional.of(usage.copy());
    }
}
