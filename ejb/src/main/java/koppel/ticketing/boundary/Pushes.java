package koppel.ticketing.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import koppel.external.ExternalException;
import koppel.session.entity.Session;
import koppel.session.entity.SessionGroup;
import koppel.session.entity.TicketingState;
import koppel.ticketing.control.TicketingSettings;
import koppel.ticketing.entity.RemoteStatus;
import koppel.ticketing.entity.TicketingEvent;
import koppel.ticketing.entity.TicketingLink;
import koppel.ticketing.entity.TicketingRun;
import koppel.ticketing.provider.EventDraft;
import koppel.webhook.boundary.FannedOut;
import koppel.webhook.boundary.Outbox;
import koppel.webhook.entity.OutboxEvent;

/**
 * The transactions of a push: a change marks the session group's event due (in the fan-out of the
 * change's event), a consumer claims it, and the result is recorded, shown on the session group
 * ({@code ticketing}, raising {@code session_group.updated} when it changed) and logged on the link.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Pushes {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TicketingSettings settings;

    @Inject
    private TicketingQueue queue;

    @EJB
    private EventDrafts drafts;

    @EJB
    private Connections connections;

    @EJB
    private Outbox outbox;

    /**
     * Hears every event as it is fanned out (in the fan-out's transaction): a change of a session
     * group, or of one of its sessions, in a team a link serves makes its event due, unless the
     * link made the change itself.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void changed(@Observes FannedOut round) {
        round.events().forEach(this::changed);
    }

    private void changed(OutboxEvent event) {
        Optional<UUID> group = switch (event.getResourceType()) {
            case "session_group" -> Optional.of(event.getResourceId());
            case "session" ->
                Optional.ofNullable(em.find(Session.class, event.getResourceId()))
                        .map(Session::getSessionGroupId);
            default -> Optional.empty();
        };
        if (group.isEmpty()) {
            return;
        }
        Optional<TicketingLink> link = serving(event.getTeamId());
        TicketingEvent row = em.find(TicketingEvent.class, group.get(), LockModeType.PESSIMISTIC_WRITE);
        UUID responsible =
                row != null ? row.getLinkId() : link.map(TicketingLink::getId).orElse(null);
        if (responsible == null
                || event.getActorLink().filter(responsible::equals).isPresent()) {
            return;
        }
        if (row == null) {
            // The events of a new group (its creation, a change right after) may be fanned out at
            // once, and both would create its row: the group's lock makes the second one wait and
            // find the first one's row, instead of failing on its key and being redelivered later.
            SessionGroup found = em.find(SessionGroup.class, group.get(), LockModeType.PESSIMISTIC_WRITE);
            if (found == null || !found.isOnSale()) {
                return;
            }
            row = em.find(TicketingEvent.class, group.get(), LockModeType.PESSIMISTIC_WRITE);
            if (row == null) {
                row = new TicketingEvent(group.get(), responsible, event.getTeamId());
                em.persist(row);
            }
        }
        due(row);
    }

    /** Marks the event due and asks for it to be pushed once the transaction commits. */
    void due(TicketingEvent row) {
        row.due(Instant.now());
        queue.push(row.getSessionGroupId());
    }

    /** The link serving a team, if a configured one does. */
    Optional<TicketingLink> serving(UUID team) {
        return em.createNamedQuery(TicketingLink.SERVING, TicketingLink.class)
                .setParameter("team", team)
                .getResultStream()
                .findFirst();
    }

    /** Claims the session group's push and works out what it does; empty when it is not due or taken. */
    public Optional<PushJob> claim(UUID sessionGroup) {
        TicketingEvent row = em.find(TicketingEvent.class, sessionGroup, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (row == null || !row.claim(now, now.plus(settings.claimLength()))) {
            return Optional.empty();
        }
        TicketingLink link = em.find(TicketingLink.class, row.getLinkId());
        SessionGroup group = em.find(SessionGroup.class, sessionGroup);
        boolean wanted = group != null && group.isOnSale() && link.serves(group.getTeamId());
        boolean remote = row.getRemoteId().isPresent()
                && row.getRemoteStatus()
                        .filter(status -> status != RemoteStatus.CANCELLED)
                        .isPresent();
        PushJob.Action action;
        EventDraft draft = null;
        String problem = null;
        if (wanted) {
            action = remote ? PushJob.Action.UPDATE : PushJob.Action.CREATE;
            draft = drafts.of(group).orElse(null);
            problem = draft == null ? EventDrafts.NO_SESSIONS : null;
        } else {
            action = remote ? PushJob.Action.CANCEL : PushJob.Action.NONE;
        }
        var system = connections.of(link);
        if (system.isEmpty() && action != PushJob.Action.NONE) {
            problem = "The link has no integration type.";
        }
        return Optional.of(new PushJob(
                sessionGroup,
                link.getId(),
                now,
                action,
                row.getRemoteId().orElse(null),
                draft,
                problem,
                system.orElse(null)));
    }

    /**
     * Records how the push ended: the event's id and status, the session group's {@code ticketing},
     * the next attempt after a failure that may pass later, and the run on the link.
     */
    public void finish(PushJob job, PushJob.Result result, String trigger, Instant started) {
        TicketingEvent row = em.find(TicketingEvent.class, job.sessionGroup(), LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            return;
        }
        Instant now = Instant.now();
        if (result.remote() != null) {
            row.remember(result.remote().id(), result.remote().status());
        }
        ExternalException failure = result.failure();
        Instant retryAt = failure == null || !failure.retryable()
                ? null
                : later(
                        settings.retryAt(row.getFailures(), now),
                        failure.retryAfter().map(now::plus));
        boolean again = row.release(job.claimedAt(), retryAt);
        SessionGroup group = em.find(SessionGroup.class, job.sessionGroup(), LockModeType.PESSIMISTIC_WRITE);
        if (group != null) {
            show(group, row, result);
        } else if (!again && retryAt == null && result.outcome() != TicketingRun.Outcome.ERROR) {
            em.remove(row);
        }
        if (job.action() != PushJob.Action.NONE || result.outcome() != TicketingRun.Outcome.OK) {
            em.persist(new TicketingRun(job.link(), TicketingRun.Kind.PUSH, trigger, started, job.sessionGroup())
                    .end(
                            result.outcome(),
                            1,
                            result.outcome() == TicketingRun.Outcome.OK ? 1 : 0,
                            result.outcome() == TicketingRun.Outcome.ERROR ? 1 : 0,
                            result.message()));
        }
        if (again) {
            queue.push(job.sessionGroup());
        }
    }

    /** Shows the event's state on the session group; a change of it is an update of the session group. */
    private void show(SessionGroup group, TicketingEvent row, PushJob.Result result) {
        TicketingState shown = group.getTicketing().orElse(null);
        boolean sales = result.remote() != null && result.remote().sold() != null;
        TicketingState state = row.getRemoteId().isEmpty() && result.message() == null
                ? null
                : new TicketingState(
                        row.getLinkId(),
                        row.getRemoteId().orElse(null),
                        row.getRemoteStatus().map(RemoteStatus::apiName).orElse(null),
                        sales ? result.remote().sold() : shown == null ? null : shown.sold(),
                        sales ? result.remote().available() : shown == null ? null : shown.available(),
                        null,
                        result.message());
        if (group.showTicketing(state)) {
            Pulls.announce(outbox, group, row.getLinkId());
        }
    }

    private static Instant later(Instant scheduled, Optional<Instant> asked) {
        return asked.filter(scheduled::isBefore).orElse(scheduled);
    }

    /** Pushes that wait for a retry, or whose message a crash took: the timer queues them. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<UUID> overdue(int max) {
        Instant now = Instant.now();
        return em.createNamedQuery(TicketingEvent.DUE, UUID.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }
}
