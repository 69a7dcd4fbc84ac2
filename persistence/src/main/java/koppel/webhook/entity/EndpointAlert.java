package koppel.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A failure e-mail about an endpoint: sent, or only recorded when mail is not configured. */
@Entity
@Table(name = "webhook_alerts")
public class EndpointAlert {

    /** The three moments an integration's alert addresses hear of a failing endpoint. */
    public enum Kind {
        FAILING,
        WARNING,
        DISABLED;

        /** The endpoint's alert stage once this e-mail went out. */
        public int stage() {
            return ordinal() + 1;
        }
    }

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "endpoint_id", nullable = false)
    private UUID endpointId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(nullable = false, length = 8000)
    @Convert(converter = TextList.class)
    private List<String> recipients;

    @Column(nullable = false)
    private boolean sent;

    @Column(length = 1000)
    private String error;

    @Column(nullable = false)
    private Instant created = Instant.now().truncatedTo(ChronoUnit.MICROS);

    protected EndpointAlert() {}

    public EndpointAlert(UUID endpointId, Kind kind, List<String> recipients, boolean sent, String error) {
        this.endpointId = endpointId;
        this.kind = kind;
        this.recipients = List.copyOf(recipients);
        this.sent = sent;
        this.error = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }

    public UUID getEndpointId() {
        return endpointId;
    }

    public Kind getKind() {
        return kind;
    }

    public List<String> getRecipients() {
        return recipients;
    }

    public boolean isSent() {
        return sent;
    }

    public Optional<String> getError() {
        return Optional.ofNullable(error);
    }

    public Instant getCreated() {
        return created;
    }
}
