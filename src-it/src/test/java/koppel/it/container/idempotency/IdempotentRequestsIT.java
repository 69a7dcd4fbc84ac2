package koppel.it.container.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import koppel.apikey.entity.Access;
import koppel.apikey.entity.ResourceType;
import koppel.common.ConflictException;
import koppel.idempotency.boundary.IdempotentRequests;
import koppel.idempotency.boundary.IdempotentRequests.Proceed;
import koppel.idempotency.boundary.IdempotentRequests.Replay;
import koppel.idempotency.entity.IdempotentRequest;
import koppel.it.Deployments;
import koppel.it.container.Given;
import koppel.it.container.Rows;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The IdempotentRequests facade inside the server: an Idempotency-Key is claimed once per API key;
 * the same request again replays the answer, another request with it is a conflict, as is the same
 * one still being processed; a failed request's claim is forgotten, and so is an answer after 24
 * hours ({@link Rows} makes it older instead of waiting).
 */
@ExtendWith(ArquillianExtension.class)
class IdempotentRequestsIT {

    private static final String DIGEST = "a".repeat(64);
    private static final String OTHER_DIGEST = "b".repeat(64);

    @EJB
    private IdempotentRequests requests;

    @EJB
    private Rows rows;

    @Inject
    private Given given;

    private UUID apiKey;
    private String idempotencyKey;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.koppelTesting(IdempotentRequestsIT.class);
    }

    @BeforeEach
    void aKeyAndAnIdempotencyKey() {
        apiKey = key();
        idempotencyKey = Given.unique("request");
    }

    @Test
    void theSameRequestAgainReplaysTheAnswer() {
        UUID claimed = proceed();
        requests.answered(claimed, 201, "/teams/t/clients/c", "\"1\"", "{\"id\":\"c\"}");

        Replay replay = assertInstanceOf(Replay.class, requests.start(apiKey, idempotencyKey, DIGEST));

        assertEquals(201, replay.answer().getStatus());
        assertEquals("{\"id\":\"c\"}", replay.body());
        // kept encrypted: a new webhook endpoint's answer holds its secret
        assertNotEquals(replay.body(), replay.answer().getBody());
    }

    @Test
    void anotherRequestWithTheSameKeyIsAConflict() {
        requests.answered(proceed(), 201, null, null, "{}");

        assertThrows(ConflictException.class, () -> requests.start(apiKey, idempotencyKey, OTHER_DIGEST));
    }

    @Test
    void aRequestStillBeingProcessedIsAConflict() {
        proceed();

        assertThrows(ConflictException.class, () -> requests.start(apiKey, idempotencyKey, DIGEST));
    }

    @Test
    void anAbandonedClaimIsForgotten() {
        requests.abandon(proceed());

        proceed();
    }

    @Test
    void eachApiKeyHasItsOwnIdempotencyKeys() {
        proceed();

        assertInstanceOf(Proceed.class, requests.start(key(), idempotencyKey, OTHER_DIGEST));
    }

    @Test
    void anAnswerIsForgottenAfterADay() {
        requests.answered(proceed(), 201, null, null, "{}");
        rows.idempotentRequestsMadeAt(
                idempotencyKey, Instant.now().minus(IdempotentRequest.KEPT).minus(Duration.ofMinutes(1)));

        assertInstanceOf(Proceed.class, requests.start(apiKey, idempotencyKey, OTHER_DIGEST));
    }

    private UUID proceed() {
        return assertInstanceOf(Proceed.class, requests.start(apiKey, idempotencyKey, DIGEST))
                .id();
    }

    private UUID key() {
        return given.key(Set.of(given.team()), Access.WRITE, ResourceType.CLIENTS)
                .key()
                .getId();
    }
}
