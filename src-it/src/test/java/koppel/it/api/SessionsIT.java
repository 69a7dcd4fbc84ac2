package koppel.it.api;

import static koppel.it.api.Catalogue.person;
import static koppel.it.api.Catalogue.product;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import koppel.it.api.Api.Reply;
import org.junit.jupiter.api.Test;

/**
 * Session groups and sessions over the API: references must be the team's own, expand follows
 * them, and a session ends after it starts.
 */
class SessionsIT extends Catalogue {

    @Test
    void referencesMustBeTheTeamsOwnAndExpand() {
        String product = api.post(
                        team + "/products", product("Kayak", "Kayak", 6).build())
                .json()
                .getString("id");
        String group = sessionGroup(product, true);
        String anna = api.post(team + "/staff", person("Anna", "Skipper").build())
                .json()
                .getString("id");
        Instant start = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        Reply session = api.post(
                team + "/sessions",
                Json.createObjectBuilder()
                        .add("session_group", group)
                        .add("start", start.toString())
                        .add("end", start.plus(2, ChronoUnit.HOURS).toString())
                        .add("staff", Json.createArrayBuilder().add(anna))
                        .build());
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        assertThat(session.json().getJsonArray("staff").getString(0)).isEqualTo(anna);

        String path = team + "/sessions/" + session.json().getString("id");
        JsonObject expanded =
                api.get(path + "?expand=staff,session_group.product").json();
        assertThat(expanded.getJsonArray("staff").getJsonObject(0).getString("first_name"))
                .isEqualTo("Anna");
        assertThat(expanded.getJsonObject("session_group")
                        .getJsonObject("product")
                        .getJsonObject("title")
                        .getString("en"))
                .isEqualTo("Kayak");
        assertThat(api.get(path + "?expand=staf").json().getJsonArray("expand").getString(0))
                .isEqualTo("Unknown field: staf");

        String otherTeamsStaff = otherTeamsStaffMember();
        Reply foreign = api.put(
                path,
                Json.createObjectBuilder()
                        .add("session_group", group)
                        .add("start", start.toString())
                        .add("end", start.plus(2, ChronoUnit.HOURS).toString())
                        .add("staff", Json.createArrayBuilder().add(otherTeamsStaff))
                        .build());
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().keySet()).containsExactly("staff");
        Reply backwards = api.put(
                path,
                Json.createObjectBuilder()
                        .add("session_group", group)
                        .add("start", start.toString())
                        .add("end", start.minusSeconds(60).toString())
                        .build());
        assertThat(backwards.json().keySet()).containsExactly("end");
    }
}
