package koppel.apikey.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/**
 * The permit columns of a key's {@code api_key_usage} row: how many requests all instances
 * admitted in the key's latest epoch second. Taking permits is one conditional update in the
 * common cases; the row exists as long as the key, so no two instances race to create it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PermitRows {

    @PersistenceContext
    private EntityManager em;

    /**
     * Takes up to {@code wanted} permits of the second, never more than {@code limit} for all
     * instances together; how many it took (0 when the second is used up or the key is gone).
     */
    public int take(UUID key, long second, int wanted, int limit) {
        int granted = Math.min(wanted, limit);
        if (update(
                        "UPDATE api_key_usage SET permit_second = ?1, permits_taken = ?2"
                                + " WHERE api_key_id = ?3 AND permit_second < ?1",
                        second,
                        granted,
                        key)
                || update(
                        "UPDATE api_key_usage SET permits_taken = permits_taken + ?2"
                                + " WHERE api_key_id = ?3 AND permit_second = ?1 AND permits_taken + ?2 <= ?4",
                        second,
                        granted,
                        key,
                        limit)) {
            return granted;
        }
        if (granted == 1) {
            return 0;
        }
        // fewer left than wanted: take what is left
        List<?> taken = em.createNativeQuery("SELECT permits_taken FROM api_key_usage"
                        + " WHERE api_key_id = ?1 AND permit_second = ?2 FOR UPDATE")
                .setParameter(1, key)
                .setParameter(2, second)
                .getResultList();
        int left = taken.isEmpty() ? 0 : limit - ((Number) taken.get(0)).intValue();
        if (left <= 0) {
            return 0;
        }
        update(
                "UPDATE api_key_usage SET permits_taken = permits_taken + ?2 WHERE api_key_id = ?3 AND permit_second = ?1",
                second,
                left,
                key);
        return left;
    }

    private boolean update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate() == 1;
    }
}
