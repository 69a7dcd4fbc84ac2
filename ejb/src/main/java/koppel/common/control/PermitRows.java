package koppel.common.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/**
 * The permit columns of a thing's row in its {@link PermitLedger}: how many requests (or
 * deliveries) all instances admitted in its latest epoch second. Taking permits is one conditional
 * update in the common cases; the row exists as long as the thing, so no two instances race to
 * create it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PermitRows {

    @PersistenceContext
    private EntityManager em;

    /**
     * Takes up to {@code wanted} permits of the second, never more than {@code limit} for all
     * instances together; how many it took (0 when the second is used up or the thing is gone). When
     * another instance already moved the row on to a later second (its request read the clock a
     * moment later), the permits come from that second.
     */
    public int take(PermitLedger ledger, UUID key, long second, int wanted, int limit) {
        int granted = Math.min(wanted, limit);
        if (update(
                        ledger.sql(
                                "UPDATE %s SET permit_second = ?1, permits_taken = ?2 WHERE %s = ?3 AND permit_second < ?1"),
                        second,
                        granted,
                        key)
                || update(
                        ledger.sql("UPDATE %s SET permits_taken = permits_taken + ?2"
                                + " WHERE %s = ?3 AND permit_second = ?1 AND permits_taken + ?2 <= ?4"),
                        second,
                        granted,
                        key,
                        limit)) {
            return granted;
        }
        // fewer left than wanted, or the row is in a later second (the first update would have
        // moved an earlier one on): take what is left of the row's second
        List<?> rows = em.createNativeQuery(
                        ledger.sql("SELECT permit_second, permits_taken FROM %s WHERE %s = ?1 FOR UPDATE"))
                .setParameter(1, key)
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        Object[] row = (Object[]) rows.get(0);
        int left = Math.min(granted, limit - ((Number) row[1]).intValue());
        if (left <= 0) {
            return 0;
        }
        update(ledger.sql("UPDATE %s SET permits_taken = permits_taken + ?1 WHERE %s = ?2"), left, key);
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
