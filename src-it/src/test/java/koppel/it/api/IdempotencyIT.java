package koppel.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import koppel.it.Deployments;
import koppel.it.api.Api.Reply;
import koppel.it.api.Fixtures.Key;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code Idempotency-Key}: a retried POST gets the first answer and creates nothing new. */
@ExtendWith(ArquillianExtension.class)
class IdempotencyIT {

    private Key key;
    private String clients;

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @BeforeEach
    void aKeyWithWriteOnClients() {
        key = Fixtures.key(List.of(Fixtures.team()), Map.of("clients", "write"), b -> b.add("rate_per_second", 1000));
        clients = "/teams/" + key.team() + "/clients";
    }

    @Test
    void theSameKeyAndBodyReplayTheFirstAnswer() {
        String idempotencyKey = UUID.randomUUID().toString();
        String body = client("Ada");

        Reply first = key.api().send("POST", clients, body, "application/json", "Idempotency-Key", idempotencyKey);
        Reply again = key.api().send("POST", clients, body, "application/json", "Idempotency-Key", idempotencyKey);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(key.api().get(clients).json().getInt("count")).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflict() {
        String idempotencyKey = UUID.randomUUID().toString();
        key.api().send("POST", clients, client("Ada"), "application/json", "Idempotency-Key", idempotencyKey);

        Reply other =
                key.api().send("POST", clients, client("Grace"), "application/json", "Idempotency-Key", idempotencyKey);

        assertThat(other.status()).isEqualTo(409);
        assertThat(other.detail()).isEqualTo("Idempotency-Key was already used with a different request.");
        assertThat(key.api().get(clients).json().getInt("count")).isEqualTo(1);
    }

    @Test
    void aFailedRequestIsNotRemembered() {
        String idempotencyKey = UUID.randomUUID().toString();
        String invalid =
                Json.createObjectBuilder().add("first_name", "Ada").build().toString();

        assertThat(key.api()
                        .send("POST", clients, invalid, "application/json", "Idempotency-Key", idempotencyKey)
                        .status())
                .isEqualTo(400);
        assertThat(key.api()
                        .send("POST", clients, invalid, "application/json", "Idempotency-Key", idempotencyKey)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void keysAreSeparatePerApiKeyAndBounded() {
        String idempotencyKey = UUID.randomUUID().toString();
        Key other = Fixtures.key(key.teams(), Map.of("clients", "write"));

        assertThat(key.api()
                        .send("POST", clients, client("Ada"), "application/json", "Idempotency-Key", idempotencyKey)
                        .status())
                .isEqualTo(201);
        assertThat(other.api()
                        .send("POST", clients, client("Ada"), "application/json", "Idempotency-Key", idempotencyKey)
                        .status())
                .isEqualTo(201);
        assertThat(key.api().get(clients).json().getInt("count")).isEqualTo(2);

        Reply tooLong =
                key.api().send("POST", clients, client("Ada"), "application/json", "Idempotency-Key", "k".repeat(256));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().keySet()).containsExactly("Idempotency-Key");
    }

    private static String client(String first) {
        return Json.createObjectBuilder()
                .add("first_name", first)
                .add("last_name", "Lovelace")
                .build()
                .toString();
    }
}
