package koppel.common.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import koppel.common.CreatedConcurrentlyException;

/**
 * Writing new rows when another transaction may be writing the same ones: the database's unique
 * constraints settle the race, and their violation becomes an exception a caller can act on.
 */
public final class Writes {

    /** SQLSTATE of a unique violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Writes() {}

    /**
     * Writes pending changes now; a unique violation means a parallel request created the row since
     * this transaction looked for it. The transaction is rolled back either way.
     */
    public static void flushCreated(EntityManager em) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new CreatedConcurrentlyException();
            }
            throw e;
        }
    }

    /** Whether the failure, or one of its causes, is the database refusing a duplicate. */
    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
