package koppel.ticketing.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import koppel.ticketing.entity.TicketingRun;

/** The log of each link: what it did and what failed, newest first, kept for the retention period. */
@Stateless
public class Runs {

    @PersistenceContext
    private EntityManager em;

    /** Writes a run in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(TicketingRun run) {
        em.persist(run);
    }

    /** The link's latest runs. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TicketingRun> latest(UUID link, int max) {
        return em.createNamedQuery(TicketingRun.OF_LINK, TicketingRun.class)
                .setParameter("link", link)
                .setMaxResults(max)
                .getResultList();
    }

    /** Removes the runs started before {@code before}; how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purge(Instant before) {
        return em.createNamedQuery(TicketingRun.PURGE)
                .setParameter("before", before)
                .executeUpdate();
    }
}
