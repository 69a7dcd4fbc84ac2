package koppel.ticketing.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import koppel.session.entity.SessionGroup;
import koppel.session.entity.TicketingState;
import koppel.ticketing.entity.TicketingEvent;
import koppel.ticketing.entity.TicketingLink;
import koppel.ticketing.provider.RemoteEvent;
import koppel.webhook.boundary.Outbox;
import koppel.webhook.entity.EventAction;
import koppel.webhook.entity.EventResource;
import koppel.webhook.entity.OutboxEvent;

/**
 * The transactions of a pull: which events a link has, the sales of one written to its session
 * group (raising {@code session_group.updated}, attributed to the link, when they changed), the
 * session groups on sale that have no event yet, and the pause a 429 asks for.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Pulls {

    /** Events read from the database at a time. */
    static final int PAGE = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TicketingQueue queue;

    @EJB
    private Outbox outbox;

    /** The link's events after {@code after} (in id order), a page of them. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TicketingEvent> events(UUID link, UUID after) {
        return em.createNamedQuery(TicketingEvent.PULLABLE, TicketingEvent.class)
                .setParameter("link", link)
                .setParameter("after", after)
                .setMaxResults(PAGE)
                .getResultList();
    }

    /**
     * Makes due the session groups on sale in the link's teams that have no event yet (the link
     * was configured or given a team after they went on sale), and, when {@code retry}, those whose
     * last push failed. How many. Joins the caller's transaction: a link configured or given teams
     * in it is seen as it will be.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int reconcile(UUID linkId, boolean retry) {
        TicketingLink link = em.find(TicketingLink.class, linkId);
        if (link == null || link.getTeams().isEmpty()) {
            return 0;
        }
        List<UUID> missing = em.createQuery(
                        "select g.id from SessionGroup g where g.onSale = true and g.teamId in :teams"
                                + " and not exists (select e from TicketingEvent e where e.sessionGroupId = g.id)",
                        UUID.class)
                .setParameter("teams", link.getTeams())
                .setMaxResults(500)
                .getResultList();
        int count = 0;
        for (UUID group : missing) {
            SessionGroup found = em.find(SessionGroup.class, group);
            TicketingEvent row = new TicketingEvent(group, linkId, found.getTeamId());
            em.persist(row);
            row.due(Instant.now());
            queue.push(group);
            count++;
        }
        if (retry) {
            for (TicketingEvent failed : em.createNamedQuery(TicketingEvent.FAILED, TicketingEvent.class)
                    .setParameter("link", linkId)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList()) {
                failed.due(Instant.now());
                queue.push(failed.getSessionGroupId());
                count++;
            }
        }
        return count;
    }

    /** Writes what the ticketing system said of an event; whether the session group changed. */
    public boolean apply(UUID sessionGroup, UUID link, RemoteEvent remote) {
        TicketingEvent row = em.find(TicketingEvent.class, sessionGroup, LockModeType.PESSIMISTIC_WRITE);
        if (row == null || !row.getLinkId().equals(link)) {
            return false;
        }
        row.remember(remote.id(), remote.status());
        SessionGroup group = em.find(SessionGroup.class, sessionGroup, LockModeType.PESSIMISTIC_WRITE);
        if (group == null) {
            return false;
        }
        TicketingState shown = group.getTicketing().orElse(null);
        boolean changed = group.showTicketing(new TicketingState(
                link,
                remote.id(),
                remote.status().apiName(),
                remote.sold(),
                remote.available(),
                null,
                shown == null ? null : shown.error()));
        if (changed) {
            announce(outbox, group, link);
        }
        return changed;
    }

    /** Pulls of the link wait until then. */
    public void pause(UUID linkId, Instant until) {
        TicketingLink link = em.find(TicketingLink.class, linkId, LockModeType.PESSIMISTIC_WRITE);
        if (link != null) {
            link.pauseUntil(until);
        }
    }

    /** Raises {@code session_group.updated} for a change the link made. */
    static void announce(Outbox outbox, SessionGroup group, UUID link) {
        outbox.record(
                EventResource.SESSION_GROUP,
                EventAction.UPDATED,
                new OutboxEvent.Subject(
                        group.getTeamId(),
                        group.getId(),
                        group.getExternalReference().orElse(null),
                        "teams/" + group.getTeamId() + "/session-groups/" + group.getId()),
                OutboxEvent.Origin.link(link));
    }
}
