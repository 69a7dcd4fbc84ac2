package koppel.source.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * Which third-party record a Koppel record is, for one integration: its key there and when it was
 * last changed there, as far as Koppel knows. A deletion in Koppel is sent by this key.
 */
@Entity
@Table(name = "source_records")
@NamedQuery(
        name = SourceRecord.BY_REMOTE_KEY,
        query = "select r from SourceRecord r where r.key.integrationId = :integration"
                + " and r.key.dataType = :dataType and r.remoteKey = :remoteKey")
public class SourceRecord {

    public static final String BY_REMOTE_KEY = "SourceRecord.byRemoteKey";

    @EmbeddedId
    private RecordKey key;

    @Column(name = "remote_key", length = 255)
    private String remoteKey;

    @Column(name = "remote_modified")
    private Instant remoteModified;

    protected SourceRecord() {}

    public SourceRecord(RecordKey key) {
        this.key = key;
    }

    public RecordKey getKey() {
        return key;
    }

    public Optional<String> getRemoteKey() {
        return Optional.ofNullable(remoteKey);
    }

    public Optional<Instant> getRemoteModified() {
        return Optional.ofNullable(remoteModified);
    }

    public void seen(String newRemoteKey, Instant modified) {
        if (newRemoteKey != null) {
            remoteKey = newRemoteKey;
        }
        if (modified != null) {
            remoteModified = modified;
        }
    }
}
