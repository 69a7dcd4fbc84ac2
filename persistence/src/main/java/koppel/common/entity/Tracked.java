package koppel.common.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * Base of every stored resource: a UUID v4 chosen on creation, and the {@code created} and
 * {@code last_modified} times kept by the entity itself so that no caller can forget them.
 */
@MappedSuperclass
public abstract class Tracked implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private UUID id = UUID.randomUUID();

    @Column(nullable = false, updatable = false)
    private Instant created;

    @Column(name = "last_modified", nullable = false)
    private Instant lastModified;

    @Version
    private long version;

    protected Tracked() {}

    /** For resources whose id the caller chooses (a PUT that creates). */
    protected Tracked(UUID id) {
        this.id = id;
    }

    @PrePersist
    void onCreate() {
        created = now();
        lastModified = created;
    }

    @PreUpdate
    void onUpdate() {
        lastModified = now();
    }

    /** Databases keep microseconds; truncating here makes what we hand out equal what we read back. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public UUID getId() {
        return id;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getLastModified() {
        return lastModified;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || other != null && getClass() == other.getClass() && Objects.equals(id, ((Tracked) other).id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
