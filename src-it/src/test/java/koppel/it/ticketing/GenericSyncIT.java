package koppel.it.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import koppel.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A link to a system behind the generic ticketing API with OAuth 2.0 client credentials, against a
 * stand-in that follows docs/ticketing-api.md: Verify fetches a token and calls ping; a session group
 * on sale is created as an event with the contract's body, taken off sale it is cancelled; sales
 * come back; a wrong client secret is named as such; parallel calls share the token kept.
 */
@ExtendWith(ArquillianExtension.class)
class GenericSyncIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void verifySignsInWithClientCredentials() {
        GenericStub stub = new GenericStub();
        String link = Links.create("generic", stub.configuration(), List.of());

        JsonObject passed = Links.verify(link);
        assertThat(passed.getBoolean("passed")).as(passed.toString()).isTrue();
        assertThat(passed.getString("message")).contains("OAuth 2.0");
        assertThat(stub.received("GET", "/ping")).hasSize(1);

        Map<String, String> wrong = new HashMap<>(stub.configuration());
        wrong.put("client_secret", "not-the-secret");
        JsonObject refused = Links.verify(Links.create("generic", wrong, List.of()));
        assertThat(refused.getBoolean("passed")).isFalse();
        assertThat(refused.getString("message")).contains("401").contains("Unknown client");
    }

    @Test
    void parallelVerificationsShareOneToken() throws Exception {
        GenericStub stub = new GenericStub();
        String link = Links.create("generic", stub.configuration(), List.of());
        Links.verify(link);
        int parallel = 8;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<JsonObject>> verifications = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                verifications.add(pool.submit(() -> Links.verify(link)));
            }
            for (Future<JsonObject> verification : verifications) {
                assertThat(verification.get(60, TimeUnit.SECONDS).getBoolean("passed"))
                        .isTrue();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(stub.received("GET", "/ping")).hasSize(parallel + 1);
        assertThat(stub.received("POST", "/oauth/token")).hasSize(1);
    }

    @Test
    void anEventIsCreatedWithTheContractsBodyCancelledAndItsSalesPulled() {
        GenericStub stub = new GenericStub();
        stub.acceptsEvents("evt-42");
        Planning planning = new Planning();
        String link = Links.create("generic", stub.configuration(), List.of(planning.team));

        String group = planning.sessionGroup("Open day", true);
        planning.awaitTicketing(group, t -> "evt-42".equals(t.getString("remote_id", null)));
        JsonObject event = Json.createReader(
                        new StringReader(stub.received("POST", "/events").get(0).getBodyAsString()))
                .readObject();
        assertThat(event.getString("external_id")).isEqualTo(group);
        assertThat(event.getJsonObject("team").getString("id")).isEqualTo(planning.team);
        assertThat(event.getString("starts_at")).endsWith("Z");
        assertThat(event.getInt("capacity")).isEqualTo(100);
        assertThat(event.getJsonArray("sessions")).hasSize(1);
        assertThat(event.getJsonArray("sessions").getJsonObject(0).getString("location"))
                .isEqualTo("Quay 4");

        stub.hasEvent("evt-42", "published", 3, 97);
        Links.sync(link);
        JsonObject sold = planning.awaitTicketing(group, t -> t.getInt("sold", -1) == 3);
        assertThat(sold.getJsonObject("ticketing").getString("status")).isEqualTo("published");

        stub.hasEvent("evt-42", "draft", 3, 97);
        planning.change(planning.api, group, "Open day", false);
        planning.awaitTicketing(group, t -> "cancelled".equals(t.getString("status", null)));
        assertThat(stub.received("POST", "/events/evt-42/cancel")).hasSize(1);
        assertThat(stub.received("POST", "/oauth/token")).hasSize(1);
    }
}
