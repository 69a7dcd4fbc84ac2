package koppel.cluster.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import koppel.cluster.entity.Turn;

/**
 * Work that one instance of a cluster does per interval (a purge, a scheduled pull, a round of
 * the webhooks' safety net), whichever instance's timer comes first: the database decides, so
 * that instances need not know of each other, and a lost instance's turns pass to the others
 * once they are due. Per-instance work (each instance's throttle counts) does not take turns.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Turns {

    /** This instance, as the table shows it: the server's instance name and the process. */
    static final String INSTANCE =
            System.getProperty("com.sun.aas.instanceName", System.getProperty("jboss.node.name", "instance")) + "/"
                    + ProcessHandle.current().pid();

    @PersistenceContext
    private EntityManager em;

    /**
     * Takes the task's turn when it is due, and makes the next one due {@code every} later; false
     * when another instance has it. The first turn of a new task goes to the instance whose row is
     * written first (the other's insert fails and its transaction rolls back: no turn for it).
     */
    public boolean take(String task, Duration every) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant next = now.plus(every);
        int taken = em.createNamedQuery(Turn.TAKE)
                .setParameter("next", next)
                .setParameter("instance", INSTANCE)
                .setParameter("now", now)
                .setParameter("task", task)
                .executeUpdate();
        if (taken == 1) {
            return true;
        }
        if (em.find(Turn.class, task) != null) {
            return false;
        }
        try {
            em.persist(new Turn(task, now, next, INSTANCE));
            em.flush();
            return true;
        } catch (PersistenceException another) {
            return false;
        }
    }
}
