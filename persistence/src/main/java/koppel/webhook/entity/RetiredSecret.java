package koppel.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A secret that a webhook endpoint's second rotation within a day took out of its
 * {@code previous_secret}: it keeps signing until its own 24 hours are over (sealed, as every
 * secret at rest).
 */
@Entity
@Table(name = "webhook_retired_secrets")
@NamedQuery(
        name = RetiredSecret.SIGNING,
        query = "select r from RetiredSecret r where r.endpointId = :endpoint and r.signsUntil > :at"
                + " order by r.signsUntil desc")
@NamedQuery(
        name = RetiredSecret.EXPIRED,
        query = "delete from RetiredSecret r where r.endpointId = :endpoint and r.signsUntil <= :at")
public class RetiredSecret {

    /** An endpoint's older secrets that still sign, the most recently retired first. */
    public static final String SIGNING = "RetiredSecret.signing";

    public static final String EXPIRED = "RetiredSecret.expired";

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "endpoint_id", nullable = false, updatable = false)
    private UUID endpointId;

    @Column(name = "sealed_secret", nullable = false, length = 500, updatable = false)
    private String sealedSecret;

    @Column(name = "signs_until", nullable = false, updatable = false)
    private Instant signsUntil;

    protected RetiredSecret() {}

    RetiredSecret(UUID endpointId, String sealedSecret, Instant signsUntil) {
        this.endpointId = endpointId;
        this.sealedSecret = sealedSecret;
        this.signsUntil = signsUntil;
    }

    public String getSealedSecret() {
        return sealedSecret;
    }

    public Instant getSignsUntil() {
        return signsUntil;
    }
}
