package koppel.webhook.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.UUID;
import koppel.user.entity.User;
import koppel.webhook.entity.EventAction;
import koppel.webhook.entity.EventResource;
import koppel.webhook.entity.OutboxEvent;

/**
 * Writes the event of a change in the transaction that makes the change, and asks for its fan-out
 * when that transaction commits ({@link FanOutPump}): nothing is published when it rolls back. An
 * event whose fan-out a crash prevented is made good by {@link DeliveryTimer}, which fans out what
 * the database still holds undispatched.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FanOutPump pump;

    @Resource
    private SessionContext context;

    /**
     * Writes the event; a change made without an API key, a link or a source (in the admin UI) is attributed
     * to the signed-in user.
     */
    public void record(
            EventResource resource, EventAction action, OutboxEvent.Subject subject, OutboxEvent.Origin origin) {
        boolean byPerson = origin.apiKey() == null && origin.link() == null && origin.source() == null;
        OutboxEvent event = new OutboxEvent(resource, action, subject, byPerson ? byUser() : origin);
        em.persist(event);
        pump.afterCommit();
    }

    /** The signed-in user as the maker of a change; nobody for an anonymous caller. */
    private OutboxEvent.Origin byUser() {
        Principal caller = context.getCallerPrincipal();
        UUID user = caller == null
                ? null
                : em
                        .createNamedQuery(User.BY_USERNAME, User.class)
                        .setParameter("username", caller.getName())
                        .getResultList()
                        .stream()
                        .findFirst()
                        .map(User::getId)
                        .orElse(null);
        return new OutboxEvent.Origin(null, null, null, user, null);
    }
}
