package koppel.api.error;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether a failure is requests colliding in the database: it gave up on a lock that other
 * transactions held too long (a lock timeout, or the transaction it chose to end a deadlock), or
 * a row this request wrote refers to one another request deleted meanwhile. Nothing the client
 * sent was wrong, and nothing was changed.
 */
final class Contention {

    /**
     * SQL states of lock failures: PostgreSQL's deadlock_detected and lock_not_available, the
     * standard serialization failure (H2's deadlock), and H2's timeout (its lock timeout).
     */
    private static final Set<String> STATES = Set.of("40P01", "55P03", "40001", "HYT00");

    /**
     * SQL states of a row referring to one that is gone: PostgreSQL's (and the standard's)
     * foreign_key_violation, and H2's "parent missing".
     */
    private static final Set<String> LOST_REFERENCE = Set.of("23503", "23506");

    /** Causes followed at most: a chain is never longer, and a cycle ends here. */
    private static final int DEPTH = 32;

    private Contention() {}

    static boolean causes(Throwable failure) {
        return anyCause(
                failure,
                cause -> cause instanceof PessimisticLockException
                        || cause instanceof LockTimeoutException
                        || cause instanceof SQLException sql && STATES.contains(sql.getSQLState()));
    }

    /**
     * Whether the failure is a write that referred to a row another request deleted meanwhile
     * (an endpoint created for an integration being deleted, say): the checks before it passed,
     * and the database had the last word.
     */
    static boolean lostReference(Throwable failure) {
        return anyCause(
                failure, cause -> cause instanceof SQLException sql && LOST_REFERENCE.contains(sql.getSQLState()));
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEPTH; depth++, cause = cause.getCause()) {
            if (test.test(cause)) {
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
