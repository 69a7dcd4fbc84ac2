package koppel.idempotency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A POST made with an Idempotency-Key: a digest of the request, and once it is answered, the
 * answer, so that a retry with the same key and request gets the same answer instead of a second
 * resource.
 */
@Entity
@Table(name = "idempotent_requests")
@NamedQuery(
        name = IdempotentRequest.BY_KEY,
        query = "select r from IdempotentRequest r where r.apiKeyId = :apiKey and r.idempotencyKey = :key")
@NamedQuery(name = IdempotentRequest.DELETE_BEFORE, query = "delete from IdempotentRequest r where r.created < :before")
public class IdempotentRequest {

    public static final String BY_KEY = "IdempotentRequest.byKey";
    public static final String DELETE_BEFORE = "IdempotentRequest.deleteBefore";
    public static final Duration KEPT = Duration.ofHours(24);
    public static final int MAX_KEY_LENGTH = 255;

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "api_key_id", nullable = false, updatable = false)
    private UUID apiKeyId;

    @Column(name = "idempotency_key", nullable = false, updatable = false, length = MAX_KEY_LENGTH)
    private String idempotencyKey;

    @Column(name = "request_digest", nullable = false, updatable = false, length = 64)
    private String requestDigest;

    /** 0 while the first request is being processed. */
    @Column(nullable = false)
    private int status;

    @Column(length = 2000)
    private String location;

    @Column(length = 100)
    private String etag;

    @Column(length = 1_048_576)
    private String body;

    @Column(nullable = false, updatable = false)
    private Instant created = Instant.now();

    protected IdempotentRequest() {}

    public IdempotentRequest(UUID apiKeyId, String idempotencyKey, String requestDigest) {
        this.apiKeyId = apiKeyId;
        this.idempotencyKey = idempotencyKey;
        this.requestDigest = requestDigest;
    }

    public void answered(int status, String location, String etag, String body) {
        this.status = status;
        this.location = location;
        this.etag = etag;
        this.body = body;
    }

    public boolean isAnswered() {
        return status != 0;
    }

    public boolean isExpired(Instant now) {
        return !created.plus(KEPT).isAfter(now);
    }

    public boolean sameRequest(String digest) {
        return requestDigest.equals(digest);
    }

    public UUID getId() {
        return id;
    }

    public int getStatus() {
        return status;
    }

    public Optional<String> getLocation() {
        return Optional.ofNullable(location);
    }

    public Optional<String> getEtag() {
        return Optional.ofNullable(etag);
    }

    public String getBody() {
        return body;
    }
}
