package koppel.source.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;

/** One line of a run's log: the record it is about (its key at the third party) and what happened to it. */
@Entity
@Table(name = "source_run_entries")
public class SourceRunEntry {

    @Id
    private UUID id = UUID.randomUUID();

    @Column(nullable = false)
    private int position;

    @Column(name = "record_key", length = 255)
    private String recordKey;

    @Column(nullable = false, length = SourceRun.MAX_MESSAGE_LENGTH)
    private String message;

    protected SourceRunEntry() {}

    SourceRunEntry(int position, String recordKey, String message) {
        this.position = position;
        this.recordKey = recordKey == null || recordKey.length() <= 255 ? recordKey : recordKey.substring(0, 255);
        this.message = message.length() <= SourceRun.MAX_MESSAGE_LENGTH
                ? message
                : message.substring(0, SourceRun.MAX_MESSAGE_LENGTH - 1) + "…";
    }

    public Optional<String> getRecordKey() {
        return Optional.ofNullable(recordKey);
    }

    public String getMessage() {
        return message;
    }
}
