package koppel.ticketing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The event of one session group in the ticketing system of a link, and the push it waits for. A
 * change marks it due; one consumer at a time claims it, talks to the ticketing system outside any
 * transaction and finishes it. It outlives its session group until the remote event is cancelled.
 */
@Entity
@Table(name = "ticketing_events")
@NamedQuery(
        name = TicketingEvent.DUE,
        query = "select e.sessionGroupId from TicketingEvent e where e.pushDue <= :now"
                + " and (e.claimedUntil is null or e.claimedUntil < :now) order by e.pushDue")
@NamedQuery(
        name = TicketingEvent.PULLABLE,
        query = "select e from TicketingEvent e where e.linkId = :link and e.remoteId is not null"
                + " and e.sessionGroupId > :after order by e.sessionGroupId")
@NamedQuery(
        name = TicketingEvent.FAILED,
        query = "select e from TicketingEvent e where e.linkId = :link and (e.failures > 0 or e.remoteId is null)")
public class TicketingEvent {

    public static final String DUE = "TicketingEvent.due";
    public static final String PULLABLE = "TicketingEvent.pullable";
    /** Events whose last push failed, or that were never created (refused, or no sessions yet). */
    public static final String FAILED = "TicketingEvent.failed";

    @Id
    @Column(name = "session_group_id")
    private UUID sessionGroupId;

    @Column(name = "link_id", nullable = false)
    private UUID linkId;

    @Column(name = "team_id", nullable = false)
    private UUID teamId;

    @Column(name = "remote_id", length = 100)
    private String remoteId;

    @Enumerated(EnumType.STRING)
    @Column(name = "remote_status", length = 16)
    private RemoteStatus remoteStatus;

    @Column(name = "push_due")
    private Instant pushDue;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(nullable = false)
    private int failures;

    protected TicketingEvent() {}

    public TicketingEvent(UUID sessionGroupId, UUID linkId, UUID teamId) {
        this.sessionGroupId = sessionGroupId;
        this.linkId = linkId;
        this.teamId = teamId;
    }

    /** Asks for a push now; a claimed push sees it when it finishes and goes again. */
    public void due(Instant now) {
        pushDue = now;
    }

    /**
     * Claims the push for one consumer until {@code until}: false when it is not due yet or another
     * consumer holds it.
     */
    public boolean claim(Instant now, Instant until) {
        if (pushDue == null || pushDue.isAfter(now) || (claimedUntil != null && claimedUntil.isAfter(now))) {
            return false;
        }
        claimedUntil = until;
        return true;
    }

    /**
     * Ends a claim made at {@code claimedAt}: a push asked for since then stays due (true: queue it
     * again), else the event waits for the next change, or for {@code retryAt} after a failure.
     */
    public boolean release(Instant claimedAt, Instant retryAt) {
        claimedUntil = null;
        if (pushDue != null && pushDue.isAfter(claimedAt)) {
            return true;
        }
        pushDue = retryAt;
        failures = retryAt == null ? 0 : failures + 1;
        return false;
    }

    public void remember(String newRemoteId, RemoteStatus status) {
        this.remoteId = newRemoteId;
        this.remoteStatus = status;
    }

    /** Serves another link from now on (its team moved): the old remote event is that link's past. */
    public void moveTo(UUID newLink) {
        linkId = newLink;
        remoteId = null;
        remoteStatus = null;
        failures = 0;
    }

    public UUID getSessionGroupId() {
        return sessionGroupId;
    }

    public UUID getLinkId() {
        return linkId;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public Optional<String> getRemoteId() {
        return Optional.ofNullable(remoteId);
    }

    public Optional<RemoteStatus> getRemoteStatus() {
        return Optional.ofNullable(remoteStatus);
    }

    public int getFailures() {
        return failures;
    }
}
