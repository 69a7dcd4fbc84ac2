package koppel.it.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import koppel.it.api.Api;
import koppel.it.api.Fixtures;

/**
 * A team of its own with a planner's key, and what the tests of ticketing links plan over the API:
 * a product, session groups on sale with a session each. Waiting is polling with a deadline.
 */
public final class Planning {

    static final Duration SOON = Duration.ofSeconds(20);

    public final String team = Fixtures.team();
    final Fixtures.Key key =
            key(Map.of("products", "write", "session_groups", "write", "sessions", "write", "webhooks", "write"));
    final Api api = key.api();
    private final String product;

    public Planning() {
        Api.Reply made = api.post(
                "/teams/" + team + "/products",
                Json.createObjectBuilder()
                        .add("title", Json.createObjectBuilder().add("en", "Harbour tour"))
                        .add("maximum_participants", 40)
                        .build());
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        product = made.json().getString("id");
    }

    /** Another key on the team, with these permissions; polling needs more than 5 requests a second. */
    Fixtures.Key key(Map<String, String> permissions) {
        return Fixtures.key(List.of(team), permissions, body -> body.add("rate_per_second", 1000));
    }

    /** A session group on sale (or not) with one session a week from now; its id. */
    public String sessionGroup(String title, boolean onSale) {
        Api.Reply group = api.post("/teams/" + team + "/session-groups", group(title, onSale));
        assertThat(group.status()).as(group.toString()).isEqualTo(201);
        String id = group.json().getString("id");
        Instant start = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Api.Reply session = api.post(
                "/teams/" + team + "/sessions",
                Json.createObjectBuilder()
                        .add("session_group", id)
                        .add("start", start.toString())
                        .add("end", start.plus(2, ChronoUnit.HOURS).toString())
                        .add("location", "Quay 4")
                        .build());
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        return id;
    }

    JsonObject group(String title, boolean onSale) {
        return Json.createObjectBuilder()
                .add("product", product)
                .add("title", title)
                .add("maximum_participants", 100)
                .add("on_sale", onSale)
                .build();
    }

    /** Replaces the session group with the given key's API. */
    void change(Api with, String group, String title, boolean onSale) {
        Api.Reply changed = with.put(path(group), group(title, onSale));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    /** An endpoint of a new webhook integration, hearing the given event types at the URL. */
    void webhook(String url, String... types) {
        Api.Reply integration = api.post(
                "/webhook-integrations",
                Json.createObjectBuilder()
                        .add("name", Fixtures.unique("Integration"))
                        .build());
        assertThat(integration.status()).as(integration.toString()).isEqualTo(201);
        jakarta.json.JsonArrayBuilder heard = Json.createArrayBuilder();
        List.of(types).forEach(heard::add);
        Api.Reply endpoint = api.post(
                "/teams/" + team + "/webhook-endpoints",
                Json.createObjectBuilder()
                        .add("integration", integration.json().getString("id"))
                        .add("url", url)
                        .add("event_types", heard)
                        .build());
        assertThat(endpoint.status()).as(endpoint.toString()).isEqualTo(201);
    }

    /** The session group as the API shows it. */
    JsonObject read(String group) {
        return api.get(path(group)).json();
    }

    /** The session group once its {@code ticketing} passes the test. */
    public JsonObject awaitTicketing(String group, Predicate<JsonObject> test) {
        return await(
                () -> read(group),
                shown -> shown.get("ticketing") instanceof JsonObject ticketing && test.test(ticketing),
                "the ticketing of " + group);
    }

    String path(String group) {
        return "/teams/" + team + "/session-groups/" + group;
    }

    /** The first value that passes, asked for again until the deadline. */
    static <T> T await(Supplier<T> value, Predicate<T> test, String what) {
        Instant deadline = Instant.now().plus(SOON);
        T last = value.get();
        while (!test.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited " + SOON.toSeconds() + " s for " + what + "; last: " + last);
            }
            pause();
            last = value.get();
        }
        return last;
    }

    /** Between two looks: a tenth of a second. */
    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting", e);
        }
    }
}
