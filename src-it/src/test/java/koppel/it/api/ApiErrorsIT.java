package koppel.it.api;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The contract's error bodies for what the runtime refuses before any business rule is asked. */
@ExtendWith(ArquillianExtension.class)
class ApiErrorsIT {

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
    void unknownPathsAndIdsAre404() {
        for (String path : List.of(
                "/nothing-here",
                clients + "/" + UUID.randomUUID(),
                clients + "/not-a-uuid",
                "/teams/not-a-uuid/clients",
                clients + "/1-1-1-1-1")) {
            Reply reply = key.api().get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.detail()).isEqualTo("Not found.");
        }
    }

    @Test
    void anUnsupportedMethodIs405NamingIt() {
        Reply reply = key.api().send("PATCH", clients, "{}", "application/json");

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.detail()).isEqualTo("Method \"PATCH\" not allowed.");
        assertThat(reply.header("Allow")).isPresent();
    }

    @Test
    void aBodyOverOneMebibyteIs413() {
        String huge = "{\"first_name\": \"" + "x".repeat(2 * 1024 * 1024) + "\", \"last_name\": \"Big\"}";

        Reply reply = key.api().send("POST", clients, huge, "application/json");

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.detail()).isEqualTo("Request body too large.");
        assertThat(key.api().get(clients).json().getInt("count")).isZero();
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        Reply reply = key.api().send("POST", clients, "first_name=Ada", "text/plain");

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.detail()).isEqualTo("Unsupported media type \"text/plain\" in request.");
    }

    @Test
    void brokenJsonIsAParseError() {
        for (String body : List.of("{\"first_name\": ", "[1, 2]", "", "{\"a\": 1} trailing", "nul")) {
            Reply reply = key.api().send("POST", clients, body, "application/json");
            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.json().getString("detail", ""))
                    .as(body + " -> " + reply)
                    .startsWith("JSON parse error - ");
        }
        assertThat(key.api().get(clients).json().getInt("count")).isZero();
    }
}
