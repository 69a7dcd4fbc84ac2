package koppel.it.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import koppel.it.Deployments;
import koppel.it.api.Api;
import koppel.it.api.Api.Reply;
import koppel.it.api.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code GET /event-types}: every resource with created, updated and deleted, for any valid key. */
@ExtendWith(ArquillianExtension.class)
class EventTypesIT {

    private static final List<String> RESOURCES = List.of(
            "client", "staff", "product", "session_group", "session", "order", "payment", "team", "custom_field");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void anyKeyReadsEveryTypeWithALineEach() {
        Api api = Fixtures.key(List.of(Fixtures.team()), Map.of()).api();

        Reply reply = api.get("/event-types");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getInt("count")).isEqualTo(RESOURCES.size() * 3);
        assertThat(reply.isNull("next")).isTrue();
        assertThat(reply.isNull("previous")).isTrue();
        List<String> types = reply.results().getValuesAs(JsonObject.class).stream()
                .map(type -> type.getString("type"))
                .toList();
        for (String resource : RESOURCES) {
            assertThat(types).contains(resource + ".created", resource + ".updated", resource + ".deleted");
        }
        assertThat(reply.results().getValuesAs(JsonObject.class)).allSatisfy(type -> {
            assertThat(type.getString("description")).isNotBlank();
            assertThat(type.getString("type")).isEqualTo(type.getString("resource") + "." + type.getString("action"));
        });
    }

    @Test
    void itIsPagedLikeEveryList() {
        Api api = Fixtures.key(List.of(Fixtures.team()), Map.of(), b -> b.add("rate_per_second", 1000))
                .api();

        Reply first = api.get("/event-types?limit=10");
        Reply second = api.get(first.json().getString("next"));
        Reply third = api.get(second.json().getString("next"));

        assertThat(first.results()).hasSize(10);
        assertThat(first.json().getString("next")).contains("limit=10", "offset=10");
        assertThat(second.results()).hasSize(10);
        assertThat(third.results()).hasSize(RESOURCES.size() * 3 - 20);
        assertThat(third.isNull("next")).isTrue();
        assertThat(third.json().getString("previous")).contains("offset=10");
    }

    @Test
    void filtersAreRefusedByNameAndAKeyIsNeeded() {
        Api api = Fixtures.key(List.of(Fixtures.team()), Map.of()).api();

        Reply filtered = api.get("/event-types?resource=client");

        assertThat(filtered.status()).isEqualTo(400);
        assertThat(filtered.json().getJsonArray("resource").getString(0)).isEqualTo("Unknown filter.");
        assertThat(Api.anonymous().get("/event-types").status()).isEqualTo(401);
    }

    @Test
    void aWriteByAKeyWithoutPermissionsIsAMethodNotAllowed() {
        Api api = Fixtures.key(List.of(Fixtures.team()), Map.of()).api();

        Reply posted = api.send("POST", "/event-types", "{}", "application/json");
        Reply deleted = api.send("DELETE", "/event-types", null, null);

        assertThat(posted.status()).as(posted.toString()).isEqualTo(405);
        assertThat(posted.json().getString("detail")).isEqualTo("Method \"POST\" not allowed.");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(405);
    }
}
