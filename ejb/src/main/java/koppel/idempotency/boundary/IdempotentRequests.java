package koppel.idempotency.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import koppel.cluster.boundary.Turns;
import koppel.common.ConflictException;
import koppel.common.control.SecretBox;
import koppel.idempotency.entity.IdempotentRequest;

/**
 * Remembers POSTs made with an Idempotency-Key, each step in a transaction of its own so that
 * what is remembered does not depend on the fate of the request's own transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotentRequests {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SecretBox secrets;

    @EJB
    private Turns turns;

    /** What to do with a request: replay an earlier answer, or go on (and answer later). */
    public sealed interface Start permits Replay, Proceed {}

    /** The earlier answer, with its body decrypted. */
    public record Replay(IdempotentRequest answer, String body) implements Start {}

    public record Proceed(UUID id) implements Start {}

    /**
     * Claims the idempotency key for this request, or finds the answer it already got.
     *
     * @throws ConflictException when the key was used with another request, or that request is
     *     still being processed
     */
    public Start start(UUID apiKey, String idempotencyKey, String requestDigest) {
        Optional<IdempotentRequest> earlier = em.createNamedQuery(IdempotentRequest.BY_KEY, IdempotentRequest.class)
                .setParameter("apiKey", apiKey)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
        if (earlier.isPresent() && earlier.get().isExpired(Instant.now())) {
            em.remove(earlier.get());
            em.flush();
            earlier = Optional.empty();
        }
        if (earlier.isPresent()) {
            return replay(earlier.get(), requestDigest);
        }
        IdempotentRequest claimed = new IdempotentRequest(apiKey, idempotencyKey, requestDigest);
        try {
            em.persist(claimed);
            em.flush();
        } catch (PersistenceException raced) {
            // Another request claimed the same key a moment ago.
            throw new ConflictException("A request with this Idempotency-Key is still being processed.");
        }
        return new Proceed(claimed.getId());
    }

    /**
     * Keeps the answer for replays. Its body is encrypted: it may hold a secret shown only once (a
     * new webhook endpoint's), which must not lie in the database in plain text.
     */
    public void answered(UUID id, int status, String location, String etag, String body) {
        Optional.ofNullable(em.find(IdempotentRequest.class, id))
                .ifPresent(request ->
                        request.answered(status, location, etag, body == null ? null : secrets.encrypt(body)));
    }

    /** Forgets a claim whose request failed, so that a retry runs it afresh. */
    public void abandon(UUID id) {
        Optional.ofNullable(em.find(IdempotentRequest.class, id)).ifPresent(em::remove);
    }

    /** Hourly, by one instance of a cluster. */
    @Schedule(hour = "*", minute = "17", persistent = false)
    void forgetExpired() {
        if (!turns.take("idempotency.purge", Duration.ofMinutes(50))) {
            return;
        }
        em.createNamedQuery(IdempotentRequest.DELETE_BEFORE)
                .setParameter("before", Instant.now().minus(IdempotentRequest.KEPT))
                .executeUpdate();
    }

    private Start replay(IdempotentRequest earlier, String requestDigest) {
        if (!earlier.sameRequest(requestDigest)) {
            throw new ConflictException("Idempotency-Key was already used with a different request.");
        }
        if (!earlier.isAnswered()) {
            throw new ConflictException("A request with this Idempotency-Key is still being processed.");
        }
        return new Replay(earlier, earlier.getBody() == null ? null : secrets.decrypt(earlier.getBody()));
    }
}
