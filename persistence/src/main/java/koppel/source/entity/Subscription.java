package koppel.source.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Optional;

/**
 * What an integration takes of one data type: the update types (created, updated, deleted), in
 * both directions, and how far its pulls have come.
 */
@Embeddable
public class Subscription {

    @Column(name = "data_type", nullable = false, length = 64)
    private String dataType;

    @Column(name = "on_created", nullable = false)
    private boolean created;

    @Column(name = "on_updated", nullable = false)
    private boolean updated;

    @Column(name = "on_deleted", nullable = false)
    private boolean deleted;

    /** The third party's modification time of the last change pulled. */
    @Column(name = "pulled_until")
    private Instant pulledUntil;

    @Column(name = "initial_done", nullable = false)
    private boolean initialDone;

    protected Subscription() {}

    public Subscription(String dataType, boolean created, boolean updated, boolean deleted) {
        this.dataType = dataType;
        this.created = created;
        this.updated = updated;
        this.deleted = deleted;
    }

    public String getDataType() {
        return dataType;
    }

    public boolean isCreated() {
        return created;
    }

    public boolean isUpdated() {
        return updated;
    }

    public boolean isDeleted() {
        return deleted;
    }

    /** Whether it takes changes of this kind: {@code created}, {@code updated} or {@code deleted}. */
    public boolean takes(UpdateType type) {
        return switch (type) {
            case CREATED -> created;
            case UPDATED -> updated;
            case DELETED -> deleted;
        };
    }

    public void choose(boolean newCreated, boolean newUpdated, boolean newDeleted) {
        created = newCreated;
        updated = newUpdated;
        deleted = newDeleted;
    }

    public Optional<Instant> getPulledUntil() {
        return Optional.ofNullable(pulledUntil);
    }

    public void pulledUntil(Instant until) {
        pulledUntil = until;
    }

    public boolean isInitialDone() {
        return initialDone;
    }

    public void initialDone() {
        initialDone = true;
    }
}
