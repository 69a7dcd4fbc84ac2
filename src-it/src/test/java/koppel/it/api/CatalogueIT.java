package koppel.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import koppel.it.Deployments;
import koppel.it.api.Api.Reply;
import koppel.it.api.Fixtures.Key;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff, products, session groups, sessions and orders: what a planning integration writes, how
 * references and expand work, and what a booking site reads from the online products.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueIT {

    private static final Map<String, String> EVERYTHING = Map.of(
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

    private Key key;
    private Api api;
    private String team;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.koppelWithFixtures();
    }

    @BeforeEach
    void aKeyThatMayWriteEverything() {
        key = Fixtures.key(List.of(Fixtures.team()), EVERYTHING, b -> b.add("rate_per_second", 1000));
        api = key.api();
        team = "/teams/" + key.team();
    }

    @Test
    void staffAreActiveUnlessSaidOtherwiseAndFilterable() {
        Reply anna = api.post(team + "/staff", person("Anna", "Skipper").build());
        Reply bert = api.post(
                team + "/staff", person("Bert", "Retired").add("active", false).build());

        assertThat(anna.status()).isEqualTo(201);
        assertThat(anna.json().getBoolean("active")).isTrue();
        assertThat(bert.json().getBoolean("active")).isFalse();
        Reply active = api.get(team + "/staff?active=true");
        assertThat(active.results().getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("first_name"))
                .containsExactly("Anna");
        assertThat(api.post(
                                team + "/staff",
                                person("Cleo", "Broken").add("active", "yes").build())
                        .json()
                        .keySet())
                .containsExactly("active");
    }

    @Test
    void aProductKeepsItsNestedDataAndTranslations() {
        JsonObject sent = product("Voile 3 jours", "Sailing, 3 days", 10).build();

        Reply created = api.post(team + "/products", sent);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject product = created.json();
        assertThat(product.getJsonObject("title").getString("fr")).isEqualTo("Voile 3 jours");
        assertThat(product.getJsonObject("participants").getInt("maximum")).isEqualTo(10);
        assertThat(product.getJsonObject("participants")
                        .getJsonArray("expected_data")
                        .getJsonObject(0)
                        .getString("field"))
                .isEqualTo("weight");
        assertThat(product.getJsonObject("sessions")
                        .getJsonObject("standard_price")
                        .getString("tax_included"))
                .isEqualTo("120.00");
        assertThat(product.getJsonObject("location").getString("meeting_point")).isEqualTo("On the quay");
        assertThat(api.get(team + "/products/" + product.getString("id")).json())
                .isEqualTo(product);
    }

    @Test
    void nestedErrorsAreReportedWhereTheyAre() {
        JsonObject broken = Json.createObjectBuilder()
                .add("title", Json.createObjectBuilder().add("english", "x"))
                .add(
                        "participants",
                        Json.createObjectBuilder()
                                .add("maximum", 0)
                                .add(
                                        "expected_data",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("type", "email")
                                                        .add("label", "E-mail")
                                                        .add("field", "email"))
                                                .add(Json.createObjectBuilder()
                                                        .add("type", "telepathy")
                                                        .add("label", "?")
                                                        .add("field", "mind"))))
                .build();

        Reply reply = api.post(team + "/products", broken);

        assertThat(reply.status()).isEqualTo(400);
        JsonObject errors = reply.json();
        assertThat(errors.containsKey("title")).isTrue();
        JsonObject participants = errors.getJsonObject("participants");
        assertThat(participants.containsKey("maximum")).isTrue();
        assertThat(participants.getJsonArray("expected_data").getJsonObject(0)).isEmpty();
        assertThat(participants.getJsonArray("expected_data").getJsonObject(1).containsKey("type"))
                .isTrue();
    }

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

    @Test
    void ordersMatchItemsAndPaymentsById() {
        String client = api.post(team + "/clients", person("Ada", "Lovelace").build())
                .json()
                .getString("id");
        String product = api.post(
                        team + "/products", product("Kayak", "Kayak", 6).build())
                .json()
                .getString("id");
        String group = sessionGroup(product, false);
        String anna = api.post(team + "/staff", person("Anna", "Skipper").build())
                .json()
                .getString("id");

        Reply created = api.post(
                team + "/orders",
                Json.createObjectBuilder()
                        .add("client", client)
                        .add(
                                "items",
                                Json.createArrayBuilder()
                                        .add(booking(group, "Ada", "Byron"))
                                        .add(Json.createObjectBuilder()
                                                .add("type", "voucher")
                                                .add(
                                                        "voucher",
                                                        Json.createObjectBuilder()
                                                                .add("product", product)
                                                                .add("code", "GIFT-1"))))
                        .add(
                                "payments",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("amount", "60.00")
                                                .add("method", "card")
                                                .add("operator", anna)))
                        .build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject order = created.json();
        String bookingId = order.getJsonArray("items").getJsonObject(0).getString("id");
        String path = team + "/orders/" + order.getString("id");

        JsonObject expanded = api.get(path + "?expand=items.voucher.product,payments.operator,client")
                .json();
        assertThat(expanded.getJsonArray("items")
                        .getJsonObject(1)
                        .getJsonObject("voucher")
                        .getJsonObject("product")
                        .getString("id"))
                .isEqualTo(product);
        assertThat(expanded.getJsonArray("payments")
                        .getJsonObject(0)
                        .getJsonObject("operator")
                        .getString("first_name"))
                .isEqualTo("Anna");
        assertThat(expanded.getJsonObject("client").getString("last_name")).isEqualTo("Lovelace");

        // Keep the booking (by id), drop the voucher (left out), add a second booking (no id).
        Reply replaced = api.put(
                path,
                Json.createObjectBuilder()
                        .add("client", client)
                        .add(
                                "items",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder(booking(group, "Ada", "King")
                                                        .build())
                                                .add("id", bookingId))
                                        .add(booking(group, "Grace", "Hopper")))
                        .add("payments", order.getJsonArray("payments"))
                        .build());
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        List<JsonObject> items = replaced.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).hasSize(2);
        assertThat(items.get(0).getString("id")).isEqualTo(bookingId);
        assertThat(items.get(0).getJsonArray("participants").getJsonObject(0).getString("last_name"))
                .isEqualTo("King");
        assertThat(items.get(1).getString("id")).isNotEqualTo(bookingId);

        Reply stranger = api.put(
                path,
                Json.createObjectBuilder()
                        .add("client", client)
                        .add(
                                "items",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder(
                                                        booking(group, "X", "Y").build())
                                                .add("id", UUID.randomUUID().toString())))
                        .build());
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.json().getJsonArray("items").getJsonObject(0).containsKey("id"))
                .isTrue();
        assertThat(api.get(path).json().getJsonArray("items")).hasSize(2);
    }

    @Test
    void withoutWriteOnPaymentsAnOrdersPaymentsStayAsTheyAre() {
        String client = api.post(team + "/clients", person("Ada", "Lovelace").build())
                .json()
                .getString("id");
        JsonObject order = api.post(
                        team + "/orders",
                        Json.createObjectBuilder()
                                .add("client", client)
                                .add(
                                        "payments",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("amount", "10.00")
                                                        .add("method", "cash")))
                                .build())
                .json();
        Key noPayments = Fixtures.key(key.teams(), Map.of("orders", "write", "payments", "read"));

        Reply replaced = noPayments
                .api()
                .put(
                        team + "/orders/" + order.getString("id"),
                        Json.createObjectBuilder()
                                .add("client", client)
                                .add("note", "Changed without touching payments")
                                .build());

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().getJsonArray("payments")).isEqualTo(order.getJsonArray("payments"));
        assertThat(replaced.json().getString("note")).isEqualTo("Changed without touching payments");
    }

    @Test
    void aBookingSiteSeesOnlineProductsTranslatedAndFreePlaces() {
        JsonObject sent = product("Voile 3 jours", "Sailing, 3 days", 10)
                .add("online", true)
                .build();
        String product = api.post(team + "/products", sent).json().getString("id");
        api.post(team + "/products", product("Hors ligne", "Offline", 5).build());
        String future = sessionGroup(product, true);
        String closed = sessionGroup(product, false);
        String past = sessionGroup(product, true);
        Instant soon = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        session(future, soon);
        session(closed, soon);
        session(past, Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        String client = api.post(team + "/clients", person("Ada", "Lovelace").build())
                .json()
                .getString("id");
        api.post(
                team + "/orders",
                Json.createObjectBuilder()
                        .add("client", client)
                        .add(
                                "items",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder(booking(future, "Ada", "Byron")
                                                        .build())
                                                .add(
                                                        "participants",
                                                        Json.createArrayBuilder()
                                                                .add(Json.createObjectBuilder()
                                                                        .add("first_name", "Ada")
                                                                        .add("last_name", "Byron"))
                                                                .add(Json.createObjectBuilder()
                                                                        .add("first_name", "Allegra")
                                                                        .add("last_name", "Byron")))))
                        .build());

        Reply online = api.get(team + "/online-products?lang=fr");
        assertThat(online.json().getInt("count")).isEqualTo(1);
        JsonObject shown = online.results().getJsonObject(0);
        assertThat(shown.getString("title")).isEqualTo("Voile 3 jours");
        assertThat(api.get(team + "/online-products?lang=de")
                        .results()
                        .getJsonObject(0)
                        .getString("title"))
                .isEqualTo("Sailing, 3 days");
        assertThat(api.get(team + "/online-products?lang=french").status()).isEqualTo(400);

        Reply groups = api.get(team + "/online-products/" + product + "/session-groups");
        assertThat(groups.status()).as(groups.toString()).isEqualTo(200);
        assertThat(groups.results().getValuesAs(JsonObject.class))
                .extracting(g -> g.getString("id"))
                .containsExactly(future);
        JsonObject bookable = groups.results().getJsonObject(0);
        assertThat(bookable.getInt("maximum_participants")).isEqualTo(10);
        assertThat(bookable.getInt("free_places")).isEqualTo(8);
        assertThat(bookable.getJsonObject("prices")
                        .getJsonObject("standard_price")
                        .getString("tax_included"))
                .isEqualTo("120.00");
        assertThat(bookable.getString("start")).isEqualTo(soon.toString());
    }

    private String sessionGroup(String product, boolean bookable) {
        Reply created = api.post(
                team + "/session-groups",
                Json.createObjectBuilder()
                        .add("product", product)
                        .add("bookable", bookable)
                        .build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }

    private void session(String group, Instant start) {
        Reply reply = api.post(
                team + "/sessions",
                Json.createObjectBuilder()
                        .add("session_group", group)
                        .add("start", start.toString())
                        .add("end", start.plus(3, ChronoUnit.HOURS).toString())
                        .build());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private String otherTeamsStaffMember() {
        Key other = Fixtures.key(List.of(Fixtures.team()), Map.of("staff", "write"));
        return other.api()
                .post(
                        "/teams/" + other.team() + "/staff",
                        person("Eve", "Elsewhere").build())
                .json()
                .getString("id");
    }

    private static JsonObjectBuilder booking(String group, String first, String last) {
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

    private static JsonObjectBuilder person(String first, String last) {
        return Json.createObjectBuilder().add("first_name", first).add("last_name", last);
    }

    private static JsonObjectBuilder product(String french, String english, int maximum) {
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
