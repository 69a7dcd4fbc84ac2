package koppel.source.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One run of an integration, as its page lists it: what it read from the third party, what it
 * created, updated and deleted in Koppel, what it sent, what it skipped and why (one entry per
 * record), and, when the whole run failed, the reason. A dry run's entries say what a run would
 * change. Kept 30 days.
 */
@Entity
@Table(name = "source_runs")
@NamedQuery(
        name = SourceRun.OF_INTEGRATION,
        query = "select r from SourceRun r where r.integrationId = :integration order by r.startedAt desc, r.id")
@NamedQuery(name = SourceRun.PURGE, query = "delete from SourceRun r where r.startedAt < :before")
public class SourceRun {

    public static final String OF_INTEGRATION = "SourceRun.ofIntegration";
    public static final String PURGE = "SourceRun.purge";
    public static final int MAX_MESSAGE_LENGTH = 1000;
    /** Entries kept per run: a run that skips more says how many it left out. */
    public static final int MAX_ENTRIES = 200;

    /** What the run did. */
    public enum Kind {
        /** The full sync of a first activation. */
        INITIAL,
        /** Changes of the third party since the last run. */
        PULL,
        /** Koppel's changes sent. */
        PUSH,
        /** A pull that changes nothing and lists what it would change. */
        DRY_RUN
    }

    /** How it ended: partly when it skipped records, failed when it could not run at all. */
    public enum Outcome {
        SUCCEEDED,
        PARTLY,
        FAILED
    }

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "integration_id", nullable = false)
    private UUID integrationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    /** What started it: the schedule, an activation, a button, a change. */
    @Column(name = "trigger_name", nullable = false, length = 16)
    private String trigger;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Outcome outcome = Outcome.SUCCEEDED;

    @Column(name = "read_count", nullable = false)
    private int read;

    @Column(name = "created_count", nullable = false)
    private int created;

    @Column(name = "updated_count", nullable = false)
    private int updated;

    @Column(name = "deleted_count", nullable = false)
    private int deleted;

    @Column(name = "sent_count", nullable = false)
    private int sent;

    @Column(name = "skipped_count", nullable = false)
    private int skipped;

    @Column(length = MAX_MESSAGE_LENGTH)
    private String message;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "run_id", nullable = false)
    @OrderBy("position")
    private List<SourceRunEntry> entries = new ArrayList<>();

    protected SourceRun() {}

    public SourceRun(UUID integrationId, Kind kind, String trigger, Instant startedAt) {
        this.integrationId = integrationId;
        this.kind = kind;
        this.trigger = trigger;
        this.startedAt = startedAt.truncatedTo(ChronoUnit.MICROS);
        this.finishedAt = this.startedAt;
    }

    /** Counts what the run did; the facade adds them up as it goes. */
    public void count(int newRead, int newCreated, int newUpdated, int newDeleted, int newSent) {
        read += newRead;
        created += newCreated;
        updated += newUpdated;
        deleted += newDeleted;
        sent += newSent;
    }

    /** A record the run skipped (or, in a dry run, would change), and why. */
    public void note(String recordKey, String text, boolean skippedRecord) {
        if (skippedRecord) {
            skipped++;
            outcome = outcome == Outcome.FAILED ? outcome : Outcome.PARTLY;
        }
        if (entries.size() < MAX_ENTRIES) {
            entries.add(new SourceRunEntry(entries.size(), recordKey, text));
        }
    }

    public void fail(String reason) {
        outcome = Outcome.FAILED;
        message = cut(reason);
    }

    public void finish(Instant at) {
        finishedAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_MESSAGE_LENGTH
                ? text
                : text.substring(0, MAX_MESSAGE_LENGTH - 1) + "…";
    }

    public UUID getId() {
        return id;
    }

    public UUID getIntegrationId() {
        return integrationId;
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

    public int getRead() {
        return read;
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getDeleted() {
        return deleted;
    }

    public int getSent() {
        return sent;
    }

    public int getSkipped() {
        return skipped;
    }

    public Optional<String> getMessage() {
        return Optional.ofNullable(message);
    }

    public List<SourceRunEntry> getEntries() {
        return List.copyOf(entries);
    }
}
