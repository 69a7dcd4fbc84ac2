package koppel.ticketing.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import koppel.external.ExternalException;
import koppel.ticketing.entity.RemoteStatus;
import koppel.ticketing.provider.RemoteEvent;
import koppel.ticketing.provider.TicketingSystem;

/**
 * Pushes one session group's event: claims it ({@link Pushes#claim}), talks to the ticketing system
 * with no transaction open, and records the result ({@link Pushes#finish}). An event already on
 * sale (no longer a draft) is never changed: its settings are reported as a conflict instead.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Pusher {

    /** A change in Koppel started the push. */
    public static final String CHANGE = "change";

    @EJB
    private Pushes pushes;

    public void push(UUID sessionGroup, String trigger) {
        Instant started = Instant.now();
        Optional<PushJob> claimed = pushes.claim(sessionGroup);
        if (claimed.isEmpty()) {
            return;
        }
        PushJob job = claimed.get();
        PushJob.Result result;
        try {
            result = exchange(job);
        } catch (ExternalException e) {
            result = PushJob.Result.failed(e);
        }
        pushes.finish(job, result, trigger, started);
    }

    private static PushJob.Result exchange(PushJob job) throws ExternalException {
        if (job.problem() != null) {
            throw new ExternalException(ExternalException.Reason.REFUSED, job.problem());
        }
        TicketingSystem system = job.system();
        return switch (job.action()) {
            case NONE -> PushJob.Result.done(null);
            case CREATE -> PushJob.Result.done(system.create(job.draft()));
            case UPDATE, CANCEL -> {
                Optional<RemoteEvent> current = current(system, job.remoteId());
                if (current.isEmpty()) {
                    yield PushJob.Result.done(new RemoteEvent(job.remoteId(), RemoteStatus.CANCELLED, null, null));
                }
                boolean gone = current.get().status() == RemoteStatus.CANCELLED;
                if (gone && job.action() == PushJob.Action.CANCEL) {
                    yield PushJob.Result.done(current.get());
                }
                if (current.get().status() != RemoteStatus.DRAFT) {
                    yield PushJob.Result.conflict(current.get(), conflict(current.get(), job.action()));
                }
                yield PushJob.Result.done(
                        job.action() == PushJob.Action.UPDATE
                                ? system.update(job.remoteId(), job.draft())
                                : system.cancel(job.remoteId()));
            }
        };
    }

    /** The event as it stands; empty when the ticketing system no longer has it. */
    private static Optional<RemoteEvent> current(TicketingSystem system, String remoteId) throws ExternalException {
        try {
            return Optional.of(system.fetch(remoteId));
        } catch (ExternalException e) {
            if (e.reason() == ExternalException.Reason.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static String conflict(RemoteEvent current, PushJob.Action action) {
        return "The event " + current.id() + " is " + current.status().apiName()
                + " in the ticketing system, no longer a draft: Koppel left it alone"
                + (action == PushJob.Action.CANCEL ? " instead of cancelling it." : " and did not send its changes.");
    }
}
