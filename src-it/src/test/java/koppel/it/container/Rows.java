package koppel.it.container;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Moves rows back in time, so that a rule that depends on the clock (a grace period, a throttle
 * window, an expiry) is tested at once instead of by waiting: the facades take the time from the
 * clock, the tests change when things happened. Plain SQL, as the columns are not updatable.
 */
@Stateless
public class Rows {

    @PersistenceContext(unitName = "koppel")
    private EntityManager em;

    /** The key's old secret stops working at {@code until} instead of at the end of its grace period. */
    public void endGrace(UUID key, Instant until) {
        update("update api_keys set previous_valid_until = ?1 where id = ?2", until, key);
    }

    /** Every login attempt of this username (as the throttle counts it) made at {@code when}. */
    public void loginAttemptsOf(String usernameKey, Instant when) {
        update("update login_attempts set attempted_at = ?1 where username = ?2", when, usernameKey);
    }

    /** Every login attempt from this address made at {@code when}. */
    public void loginAttemptsFrom(String address, Instant when) {
        update("update login_attempts set attempted_at = ?1 where address = ?2", when, address);
    }

    /** The requests remembered for this idempotency key made at {@code when}. */
    public void idempotentRequestsMadeAt(String idempotencyKey, Instant when) {
        update("update idempotent_requests set created = ?1 where idempotency_key = ?2", when, idempotencyKey);
    }

    private void update(String sql, Instant when, Object key) {
        em.createNativeQuery(sql)
                .setParameter(1, Timestamp.from(when))
                .setParameter(2, key)
                .executeUpdate();
    }
}
