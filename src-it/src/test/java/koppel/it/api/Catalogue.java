package koppel.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import koppel.it.Deployments;
import koppel.it.api.Api.Reply;
import koppel.it.api.Fixtures.Key;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the tests of the catalogue collections (staff, products, session groups, sessions, orders)
 * share: the deployment, a key on a new team per test that may write all of them, and the bodies
 * they send.
 */
@ExtendWith(ArquillianExtension.class)
abstract class Catalogue {

    static final Map<String, String> EVERYTHING = Map.of(
            "clients",
            "write",
            "staff",
            "write",
            "products",
            "write",
            "session_groups",
            "write",
            "sessions",
            "write",
            "orders",
            "write",
            "payments",
            "write");

    Key key;
    Api api;
    /** The team's path, e.g. "/teams/3f2e...". */
    String team;

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    /** A key that may write everything, on a new team of its own. */
    @BeforeEach
    void aKeyThatMayWriteEverything() {
        key = Fixtures.key(List.of(Fixtures.team()), EVERYTHING, b -> b.add("rate_per_second", 1000));
        api = key.api();
        team = "/teams/" + key.team();
    }

    String sessionGroup(String product, boolean bookable) {
        Reply created = api.post(
                team + "/session-groups",
                Json.createObjectBuilder()
                        .add("product", product)
                        .add("bookable", bookable)
                        .build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }

    void session(String group, Instant start) {
        Reply reply = api.post(
                team + "/sessions",
                Json.createObjectBuilder()
                        .add("session_group", group)
                        .add("start", start.toString())
                        .add("end", start.plus(3, ChronoUnit.HOURS).toString())
                        .build());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    String otherTeamsStaffMember() {
        Key other = Fixtures.key(List.of(Fixtures.team()), Map.of("staff", "write"));
        return other.api()
                .post(
                        "/teams/" + other.team() + "/staff",
                        person("Eve", "Elsewhere").build())
                .json()
                .getString("id");
    }

    static JsonObjectBuilder booking(String group, String first, String last) {
        return Json.createObjectBuilder()
                .add("type", "booking")
                .add("session_group", group)
                .add("price", "60.00")
                .add(
                        "participants",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("first_name", first)
                                        .add("last_name", last)
                                        .add("data", Json.createObjectBuilder().add("weight", "70"))));
    }

    static JsonObjectBuilder person(String first, String last) {
        return Json.createObjectBuilder().add("first_name", first).add("last_name", last);
    }

    static JsonObjectBuilder product(String french, String english, int maximum) {
        return Json.createObjectBuilder()
                .add("title", Json.createObjectBuilder().add("fr", french).add("en", english))
                .add("description", Json.createObjectBuilder().add("en", "A great day out"))
                .add(
                        "location",
                        Json.createObjectBuilder()
                                .add("meeting_point", "On the quay")
                                .add("address", "44 route du moulin"))
                .add(
                        "participants",
                        Json.createObjectBuilder()
                                .add("target", "ALL")
                                .add("level", "BEGINNER")
                                .add("maximum", maximum)
                                .add(
                                        "expected_data",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("type", "select")
                                                        .add("label", "Weight")
                                                        .add("required", true)
                                                        .add("field", "weight")
                                                        .add(
                                                                "options",
                                                                Json.createArrayBuilder()
                                                                        .add(Json.createObjectBuilder()
                                                                                .add("id", "light")
                                                                                .add("name", "Under 60 kg"))))))
                .add("category", Json.createObjectBuilder().add("id", 304).add("name", "Sailing"))
                .add(
                        "sessions",
                        Json.createObjectBuilder()
                                .add(
                                        "standard_price",
                                        Json.createObjectBuilder()
                                                .add("tax_excluded", "100.00")
                                                .add("tax_included", "120.00"))
                                .add(
                                        "other_prices",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", "Child")
                                                        .add(
                                                                "price",
                                                                Json.createObjectBuilder()
                                                                        .add("tax_excluded", "5.50")
                                                                        .add("tax_included", "6.00")))));
    }
}
