package koppel.apikey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * How many requests of a key all server instances counted in one epoch second of the last 24
 * hours: the rows of its {@link DayWindow}. Each instance adds its counts under the lock of the
 * key's {@link ApiKeyUsage} row and marks the rows it changed with that row's next day revision,
 * so that an instance reads only the rows changed since it last looked.
 */
@Entity
@Table(name = "api_key_requests")
@IdClass(RequestSecond.Key.class)
public class RequestSecond {

    /** The primary key: the API key and the second. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private UUID keyId;
        private long epochSecond;

        public Key() {}

        public Key(UUID keyId, long epochSecond) {
            this.keyId = keyId;
            this.epochSecond = epochSecond;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && epochSecond == key.epochSecond && Objects.equals(keyId, key.keyId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(keyId, epochSecond);
        }
    }

    @Id
    @Column(name = "api_key_id")
    private UUID keyId;

    @Id
    @Column(name = "epoch_second")
    private long epochSecond;

    @Column(nullable = false)
    private int requests;

    @Column(nullable = false)
    private long revision;

    protected RequestSecond() {}

    public RequestSecond(UUID keyId, long epochSecond) {
        this.keyId = keyId;
        this.epochSecond = epochSecond;
    }

    public void add(int more, long changedIn) {
        requests += more;
        revision = changedIn;
    }

    public long getEpochSecond() {
        return epochSecond;
    }

    public int getRequests() {
        return requests;
    }
}
