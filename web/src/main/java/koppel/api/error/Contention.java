package koppel.api.error;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Whether a failure is the database giving up on a lock that other transactions held too long: a
 * lock timeout, or the transaction it chose to end a deadlock. Nothing the client sent was wrong,
 * nothing was changed, and the same request may pass a moment later.
 */
final class Contention {

    /**
     * SQL states of lock failures: PostgreSQL's deadlock_detected and lock_not_available, the
     * standard serialization failure (H2's deadlock), and H2's timeout (its lock timeout).
     */
    private static final Set<String> STATES = Set.of("40P01", "55P03", "40001", "HYT00");

    /** Causes followed at most: a chain is never longer, and a cycle ends here. */
    private static final int DEPTH = 32;

    private Contention() {}

    static boolean causes(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException
                    || cause instanceof SQLException sql && STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the database said, without its message (which may quote the row it could not lock):
     * the SQL state and error code, or the lock exception's class.
     */
    static String summary(Throwable failure) {
        String found = failure.getClass().getName();
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return "SQL state " + sql.getSQLState() + ", error code " + sql.getErrorCode();
            }
            if (cause instanceof PessimisticLockException || cause instanceof LockTimeoutException) {
                found = cause.getClass().getName();
            }
        }
        return found;
    }
}
