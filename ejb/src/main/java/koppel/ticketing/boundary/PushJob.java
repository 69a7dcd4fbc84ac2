package koppel.ticketing.boundary;

import java.time.Instant;
import java.util.UUID;
import koppel.external.ExternalException;
import koppel.ticketing.entity.TicketingRun;
import koppel.ticketing.provider.EventDraft;
import koppel.ticketing.provider.RemoteEvent;
import koppel.ticketing.provider.TicketingSystem;

/**
 * A claimed push: what to do with a session group's event, worked out in the claim's transaction,
 * done between transactions by {@link Pusher}.
 *
 * @param remoteId the event's id in the ticketing system, null before it is created
 * @param draft the event as it should be; null when it should be cancelled or cannot be made
 * @param problem why no event can be made (no sessions, no provider), else null
 * @param system the link's ticketing system; null with a problem
 */
public record PushJob(
        UUID sessionGroup,
        UUID link,
        Instant claimedAt,
        Action action,
        String remoteId,
        EventDraft draft,
        String problem,
        TicketingSystem system) {

    /** What the push does. */
    public enum Action {
        CREATE,
        UPDATE,
        CANCEL,
        /** Nothing remote to do: the row goes, or only the problem is shown. */
        NONE
    }

    /** How a push ended. */
    public record Result(RemoteEvent remote, TicketingRun.Outcome outcome, String message, ExternalException failure) {

        static Result done(RemoteEvent remote) {
            return new Result(remote, TicketingRun.Outcome.OK, null, null);
        }

        static Result conflict(RemoteEvent remote, String message) {
            return new Result(remote, TicketingRun.Outcome.CONFLICT, message, null);
        }

        static Result failed(ExternalException failure) {
            return new Result(null, TicketingRun.Outcome.ERROR, failure.getMessage(), failure);
        }
    }
}
