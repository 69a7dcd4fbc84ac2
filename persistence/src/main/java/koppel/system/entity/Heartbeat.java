package koppel.system.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * One trip of a message through the broker and back into the database: proof that the path
 * webhook deliveries take (commit, queue, message-driven bean, commit) works.
 */
@Entity
@Table(name = "heartbeats")
public class Heartbeat {

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Column(name = "received_at")
    private Instant receivedAt;

    public void received() {
        if (receivedAt == null) {
            receivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        }
    }

    public UUID getId() {
        return id;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Optional<Instant> getReceivedAt() {
        return Optional.ofNullable(receivedAt);
    }

    /** How long the trip took, once the message has arrived. */
    public Optional<Duration> roundTrip() {
        return getReceivedAt().map(received -> Duration.between(sentAt, received));
    }
}
