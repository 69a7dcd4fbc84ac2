package koppel.common.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.UUID;
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

    /**
     * Whether the row of the entity (named, so that a feature may refer to another's rows without
     * depending on its classes) exists, holding it with a shared lock until the transaction ends:
     * a deletion at this moment waits for the row that refers to it, or has happened and it is gone
     * here. H2 would otherwise admit a reference to a row deleted meanwhile.
     */
    public static boolean holdReferenced(EntityManager em, String entity, UUID id) {
        return !em.createQuery("select r.id from " + entity + " r where r.id = :id", UUID.class)
                .setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_READ)
                .getResultList()
                .isEmpty();
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
