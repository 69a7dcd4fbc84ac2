package koppel.common.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.UUID;
import koppel.common.NameTakenException;
import koppel.common.Texts;

/**
 * Unique names (teams, links, the keys of one user) for facades: a look before writing gives the
 * usual answer, and a unique constraint on the entity's {@code nameKey} column settles races. Its
 * violation, raised by {@link #flush}, becomes the same {@link NameTakenException}, never a 500.
 */
public final class UniqueNames {

    private UniqueNames() {}

    /**
     * Refuses {@code name} when another {@code entity} (not {@code self}) has it, among those whose
     * {@code scopeAttribute} is {@code scope} when one is given. Call it before changing anything:
     * its query would flush pending changes.
     */
    public static void refuseTaken(
            EntityManager em,
            Class<?> entity,
            String name,
            UUID self,
            String scopeAttribute,
            Object scope,
            String message) {
        if (name == null || name.isBlank()) {
            return;
        }
        String scoped = scopeAttribute == null ? "" : " and e." + scopeAttribute + " = :scope";
        TypedQuery<Long> query = em.createQuery(
                        "select count(e) from " + entity.getSimpleName() + " e where e.nameKey = :key and e.id <> :self"
                                + scoped,
                        Long.class)
                .setParameter("key", Texts.nameKey(name))
                .setParameter("self", self == null ? new UUID(0, 0) : self);
        if (scopeAttribute != null) {
            query.setParameter("scope", scope);
        }
        if (query.getSingleResult() > 0) {
            throw new NameTakenException(message);
        }
    }

    /** Like {@link #refuseTaken(EntityManager, Class, String, UUID, String, Object, String)}, among all. */
    public static void refuseTaken(EntityManager em, Class<?> entity, String name, UUID self, String message) {
        refuseTaken(em, entity, name, self, null, null, message);
    }

    /**
     * Writes pending changes now; a unique violation (a concurrent transaction took the name since
     * the look) is the name being taken. The transaction is rolled back either way.
     */
    public static void flush(EntityManager em, String message) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Writes.isUniqueViolation(e)) {
                throw new NameTakenException(message);
            }
            throw e;
        }
    }
}
