package koppel.source.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * A Koppel change waiting to go to an integration's third party: the latest per record (a record
 * changed twice is sent once, as it is then). It waits while the integration is not active, and
 * goes when it is again, unless it grew older than the retention meanwhile.
 */
@Entity
@Table(name = "source_changes")
@NamedQuery(
        name = SourceChange.DUE,
        query = "select distinct c.key.integrationId from SourceChange c, SourceIntegration i"
                + " where i.id = c.key.integrationId"
                + " and i.status = koppel.source.entity.SourceIntegration.Status.ACTIVE and c.dueAt <= :now")
@NamedQuery(
        name = SourceChange.OF_INTEGRATION,
        query = "select c.key from SourceChange c where c.key.integrationId = :integration order by c.occurredAt")
@NamedQuery(name = SourceChange.PURGE, query = "delete from SourceChange c where c.occurredAt < :before")
public class SourceChange {

    /** The active integrations with changes due. */
    public static final String DUE = "SourceChange.due";

    public static final String OF_INTEGRATION = "SourceChange.ofIntegration";
    public static final String PURGE = "SourceChange.purge";

    /** What the third party is to do with the record. */
    public enum Action {
        UPSERT,
        DELETE
    }

    @EmbeddedId
    private RecordKey key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Action action;

    /** The record's key at the third party when it was deleted in Koppel. */
    @Column(name = "remote_key", length = 255)
    private String remoteKey;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(nullable = false)
    private int failures;

    protected SourceChange() {}

    public SourceChange(RecordKey key, Action action, Instant occurredAt) {
        this.key = key;
        happened(action, occurredAt);
    }

    /** The record changed (again): what is sent is what it is now, as soon as may be. */
    public void happened(Action newAction, Instant at) {
        action = newAction;
        occurredAt = at.truncatedTo(ChronoUnit.MICROS);
        dueAt = occurredAt;
        failures = 0;
    }

    public RecordKey getKey() {
        return key;
    }

    public UUID getRecordId() {
        return key.recordId();
    }

    public Action getAction() {
        return action;
    }

    public Optional<String> getRemoteKey() {
        return Optional.ofNullable(remoteKey);
    }

    public void remoteKey(String key) {
        remoteKey = key;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public int getFailures() {
        return failures;
    }

    /** Sending failed: it goes again then. */
    public void retryAt(Instant when) {
        failures++;
        dueAt = when.truncatedTo(ChronoUnit.MICROS);
    }

    /** Due now, as when its integration is activated again. */
    public void dueNow(Instant now) {
        dueAt = now.truncatedTo(ChronoUnit.MICROS);
    }
}
