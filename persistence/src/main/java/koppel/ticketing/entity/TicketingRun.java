package koppel.ticketing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * One thing a link did, as its page lists it: a verification, a push of one session group, or a
 * pull of sales, with what it checked and changed and, when it failed, the ticketing system's own
 * words. Kept 30 days.
 */
@Entity
@Table(name = "ticketing_runs")
@NamedQuery(
        name = TicketingRun.OF_LINK,
        query = "select r from TicketingRun r where r.linkId = :link order by r.startedAt desc, r.id")
@NamedQuery(name = TicketingRun.PURGE, query = "delete from TicketingRun r where r.startedAt < :before")
public class TicketingRun {

    public static final String OF_LINK = "TicketingRun.ofLink";
    public static final String PURGE = "TicketingRun.purge";
    public static final int MAX_MESSAGE_LENGTH = 1000;

    /** What the link did. */
    public enum Kind {
        VERIFY,
        PUSH,
        PULL
    }

    /** How it ended: a conflict is an event on sale that Koppel left alone. */
    public enum Outcome {
        OK,
        CONFLICT,
        ERROR
    }

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "link_id", nullable = false)
    private UUID linkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    /** What started it: a change, the schedule, a button, a retry. */
    @Column(name = "trigger_name", nullable = false, length = 16)
    private String trigger;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Outcome outcome;

    @Column(name = "session_group_id")
    private UUID sessionGroupId;

    @Column(nullable = false)
    private int checked;

    @Column(nullable = false)
    private int changed;

    @Column(nullable = false)
    private int failed;

    @Column(length = MAX_MESSAGE_LENGTH)
    private String message;

    protected TicketingRun() {}

    public TicketingRun(UUID linkId, Kind kind, String trigger, Instant startedAt, UUID sessionGroupId) {
        this.linkId = linkId;
        this.kind = kind;
        this.trigger = trigger;
        this.startedAt = startedAt.truncatedTo(ChronoUnit.MICROS);
        this.sessionGroupId = sessionGroupId;
    }

    /** Ends the run with its counts and, for a conflict or an error, what went wrong. */
    public TicketingRun end(Outcome how, int checkedCount, int changedCount, int failedCount, String why) {
        this.outcome = how;
        this.checked = checkedCount;
        this.changed = changedCount;
        this.failed = failedCount;
        this.message = why == null || why.length() <= MAX_MESSAGE_LENGTH
                ? why
                : why.substring(0, MAX_MESSAGE_LENGTH - 1) + "…";
        this.finishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return this;
    }

    public UUID getId() {
        return id;
    }

    public UUID getLinkId() {
        return linkId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getTrigger() {
        return trigger;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Optional<UUID> getSessionGroupId() {
        return Optional.ofNullable(sessionGroupId);
    }

    public int getChecked() {
        return checked;
    }

    public int getChanged() {
        return changed;
    }

    public int getFailed() {
        return failed;
    }

    public Optional<String> getMessage() {
        return Optional.ofNullable(message);
    }
}
