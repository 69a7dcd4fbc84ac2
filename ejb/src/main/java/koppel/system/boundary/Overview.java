package koppel.system.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/**
 * What the home page of the admin UI sums up: how much is set up and how much of it is in use,
 * read in one place so that the page only shows what the database says.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Overview {

    /** "In use" means used within this window before now. */
    static final Duration RECENT = Duration.ofHours(24);

    @PersistenceContext
    private EntityManager em;

    public Figures figures() {
        Instant since = Instant.now().minus(RECENT);
        return new Figures(
                count("SELECT COUNT(k) FROM ApiKey k"),
                em.createQuery("SELECT COUNT(u) FROM ApiKeyUsage u WHERE u.lastUsedAt >= :since", Long.class)
                        .setParameter("since", since)
                        .getSingleResult(),
                count("SELECT COUNT(l) FROM TicketingLink l"),
                count("SELECT COUNT(u) FROM User u"));
    }

    private long count(String query) {
        return em.createQuery(query, Long.class).getSingleResult();
    }
}
