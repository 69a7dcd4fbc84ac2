package koppel.apikey.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import koppel.apikey.entity.ApiKey;
import koppel.apikey.entity.ApiKeyUsage;
import koppel.apikey.entity.DayWindow;
import koppel.apikey.entity.RequestSecond;

/** The database side of checking keys, each call a transaction of its own, used only when caches miss. */
@Stateless
public class StoredKeys {

    /**
     * A key's counts as every instance has written them: a detached copy of its usage row, and the
     * requests per second of its day that changed after the revision asked for.
     */
    public record Usage(ApiKeyUsage usage, Map<Long, Integer> dayChanges) {}

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

    /**
     * The key's counts, with the seconds of its day changed after {@code sinceRevision} (all of
     * them for -1); empty when the key is gone. The revision is read before the rows, so a row
     * changed meanwhile is read again next time rather than missed.
     */
    public Optional<Usage> usage(UUID id, long sinceRevision, Instant now) {
        return Optional.ofNullable(em.find(ApiKeyUsage.class, id))
                .map(ApiKeyUsage::copy)
                .map(usage -> new Usage(usage, dayChanges(id, sinceRevision, now)));
    }

    /**
     * Adds one instance's counts (requests by the epoch second they were made in) to the key's,
     * forgets seconds older than a day, and returns the sum with the seconds changed after {@code
     * sinceRevision}, this write's included; empty when the key is gone.
     */
    public Optional<Usage> add(
            UUID id,
            Map<Long, Integer> requestsBySecond,
            Instant lastUsed,
            String ip,
            long sinceRevision,
            Instant now) {
        ApiKeyUsage usage = em.find(ApiKeyUsage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (usage == null) {
            return Optional.empty();
        }
        usage.absorb(requestsBySecond, lastUsed, ip);
        long revision = usage.nextDayRevision();
        long oldestKept = now.getEpochSecond() - DayWindow.SECONDS + 1;
        em.createQuery("DELETE FROM RequestSecond r WHERE r.keyId = :key AND r.epochSecond < :oldest")
                .setParameter("key", id)
                .setParameter("oldest", oldestKept)
                .executeUpdate();
        requestsBySecond.forEach((second, requests) -> {
            if (second >= oldestKept) {
                RequestSecond row = em.find(RequestSecond.class, new RequestSecond.Key(id, second));
                if (row == null) {
                    row = new RequestSecond(id, second);
                    em.persist(row);
                }
                row.add(requests, revision);
            }
        });
        em.flush();
        return Optional.of(new Usage(usage.copy(), dayChanges(id, sinceRevision, now)));
    }

    private Map<Long, Integer> dayChanges(UUID id, long sinceRevision, Instant now) {
        Map<Long, Integer> changes = new HashMap<>();
        em.createQuery(
                        "SELECT r.epochSecond, r.requests FROM RequestSecond r WHERE r.keyId = :key"
                                + " AND r.revision > :since AND r.epochSecond >= :oldest",
                        Object[].class)
                .setParameter("key", id)
                .setParameter("since", sinceRevision)
                .setParameter("oldest", now.getEpochSecond() - DayWindow.SECONDS + 1)
                .getResultStream()
                .forEach(row -> changes.put((Long) row[0], (Integer) row[1]));
        return changes;
    }
}
