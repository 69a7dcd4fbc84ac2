package koppel.ticketing.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import koppel.external.ExternalException;
import koppel.ticketing.entity.RemoteStatus;
import koppel.ticketing.entity.TicketingEvent;
import koppel.ticketing.entity.TicketingLink;
import koppel.ticketing.entity.TicketingRun;
import koppel.ticketing.provider.RemoteEvent;
import koppel.ticketing.provider.TicketingSystem;

/**
 * Pulls a link's sales: every event it has in the ticketing system is read (no transaction open
 * meanwhile) and written to its session group. A 429 ends the run and pauses the link's pulls
 * for as long as the system asked (a minute when it did not say). Each pull is one run on the link.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Puller {

    /** The schedule started the pull. */
    public static final String SCHEDULE = "schedule";

    /** An administrator pressed Sync now: failed pushes go again too, and a pause is ignored. */
    public static final String MANUAL = "manual";

    static final Duration DEFAULT_PAUSE = Duration.ofMinutes(1);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Pulls pulls;

    @EJB
    private Connections connections;

    @EJB
    private Runs runs;

    public void pull(UUID linkId, String trigger) {
        Instant started = Instant.now();
        TicketingLink link = em.find(TicketingLink.class, linkId);
        if (link == null || (SCHEDULE.equals(trigger) && link.isPaused(started))) {
            return;
        }
        TicketingRun run = new TicketingRun(linkId, TicketingRun.Kind.PULL, trigger, started, null);
        Optional<TicketingSystem> system = connections.of(link);
        if (system.isEmpty()) {
            runs.record(run.end(TicketingRun.Outcome.ERROR, 0, 0, 0, "The link has no integration type."));
            return;
        }
        pulls.reconcile(linkId, MANUAL.equals(trigger));
        int checked = 0;
        int changed = 0;
        int failed = 0;
        String firstError = null;
        // below every id as databases order them (unsigned, byte by byte)
        UUID after = new UUID(0, 0);
        List<TicketingEvent> page;
        pulling:
        do {
            page = pulls.events(linkId, after);
            for (TicketingEvent event : page) {
                after = event.getSessionGroupId();
                if (event.getRemoteStatus()
                        .filter(status -> status == RemoteStatus.CANCELLED)
                        .isPresent()) {
                    continue;
                }
                checked++;
                try {
                    RemoteEvent remote = fetch(system.get(), event.getRemoteId().orElseThrow());
                    changed += pulls.apply(event.getSessionGroupId(), linkId, remote) ? 1 : 0;
                } catch (ExternalException e) {
                    failed++;
                    firstError = firstError == null ? e.getMessage() : firstError;
                    if (e.reason() == ExternalException.Reason.RATE_LIMITED) {
                        pulls.pause(linkId, Instant.now().plus(e.retryAfter().orElse(DEFAULT_PAUSE)));
                        break pulling;
                    }
                }
            }
        } while (page.size() == Pulls.PAGE);
        runs.record(run.end(
                failed == 0 ? TicketingRun.Outcome.OK : TicketingRun.Outcome.ERROR,
                checked,
                changed,
                failed,
                firstError));
    }

    /** The event; one the system no longer has is cancelled there. */
    private static RemoteEvent fetch(TicketingSystem system, String remoteId) throws ExternalException {
        try {
            return system.fetch(remoteId);
        } catch (ExternalException e) {
            if (e.reason() == ExternalException.Reason.NOT_FOUND) {
                return new RemoteEvent(remoteId, RemoteStatus.CANCELLED, null, null);
            }
            throw e;
        }
    }
}
