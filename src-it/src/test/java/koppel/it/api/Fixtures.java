package koppel.it.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import koppel.it.Http;
import koppel.it.Settings;

/** The test-only fixture endpoints: what an administrator would set up in the admin UI. */
public final class Fixtures {

    private Fixtures() {}

    /** A key the test holds: its id, its secret, and the teams it was granted. */
    public record Key(String id, String secret, List<String> teams) {

        public Api api() {
            return Api.withKey(secret);
        }

        public String team() {
            return teams.get(0);
        }
    }

    public static String team() {
        return team("Team " + UUID.randomUUID());
    }

    public static String team(String name) {
        return call(
                        "POST",
                        "/teams",
                        Json.createObjectBuilder().add("name", name).build())
                .getString("id");
    }

    /** A new webhook integration under a name no other test uses; returns its id. */
    public static String webhookIntegration() {
        return webhookIntegration(unique("Integration"));
    }

    public static String webhookIntegration(String name) {
        return call(
                        "POST",
                        "/webhook-integrations",
                        Json.createObjectBuilder().add("name", name).build())
                .getString("id");
    }

    /** A name no other test uses: the prefix and eight random characters, e.g. "admin-1f2e3d4c". */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new user of the admin UI with these roles ("admin", "user", "integration"); returns its id. */
    public static String user(String username, String password, List<String> roles) {
        JsonArrayBuilder roleNames = Json.createArrayBuilder();
        roles.forEach(roleNames::add);
        return call(
                        "POST",
                        "/users",
                        Json.createObjectBuilder()
                                .add("username", username)
                                .add("password", password)
                                .add("roles", roleNames)
                                .build())
                .getString("id");
    }

    /** Gives the user these roles instead of theirs. */
    public static void roles(String user, List<String> roles) {
        JsonArrayBuilder roleNames = Json.createArrayBuilder();
        roles.forEach(roleNames::add);
        call(
                "PUT",
                "/users/" + user + "/roles",
                Json.createObjectBuilder().add("roles", roleNames).build());
    }

    public static void disable(String user) {
        call("POST", "/users/" + user + "/disable", null);
    }

    /** A new key for a new integration user on the given teams, e.g. permissions {"clients": "write"}. */
    public static Key key(List<String> teams, Map<String, String> permissions) {
        return key(teams, permissions, b -> {});
    }

    public static Key key(
            List<String> teams, Map<String, String> permissions, java.util.function.Consumer<JsonObjectBuilder> more) {
        JsonObjectBuilder body = grant(teams, permissions);
        more.accept(body);
        JsonObject issued = call("POST", "/keys", body.build());
        return new Key(issued.getString("id"), issued.getString("key"), teams);
    }

    public static Key keyExpiringAt(List<String> teams, Map<String, String> permissions, Instant expiry) {
        return key(teams, permissions, body -> body.add("expires_at", expiry.toString()));
    }

    public static void change(Key key, List<String> teams, Map<String, String> permissions) {
        call("PUT", "/keys/" + key.id(), grant(teams, permissions).build());
    }

    public static Key roll(Key key, Duration grace) {
        JsonObject issued = call("POST", "/keys/" + key.id() + "/roll?graceSeconds=" + grace.toSeconds(), null);
        return new Key(key.id(), issued.getString("key"), key.teams());
    }

    public static void delete(Key key) {
        call("DELETE", "/keys/" + key.id(), null);
    }

    public static List<String> clients(String team, int count) {
        return call(
                        "POST",
                        "/teams/" + team + "/clients?count=" + count,
                        Json.createObjectBuilder().build())
                .getJsonArray("ids")
                .getValuesAs(jakarta.json.JsonString.class)
                .stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static JsonObjectBuilder grant(List<String> teams, Map<String, String> permissions) {
        JsonArrayBuilder teamIds = Json.createArrayBuilder();
        teams.forEach(teamIds::add);
        JsonObjectBuilder access = Json.createObjectBuilder();
        permissions.forEach(access::add);
        return Json.createObjectBuilder().add("teams", teamIds).add("permissions", access);
    }

    /** Calls a fixture endpoint below {@code /koppel-it/fixtures}; its JSON answer (empty when none). */
    public static JsonObject call(String method, String path, JsonObject body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Settings.baseUrl() + "/koppel-it/fixtures" + path))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        HttpResponse<String> response = Http.send(request);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(
                    "Fixture " + method + " " + path + " failed: " + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? Json.createObjectBuilder().build() : Http.json(response);
    }
}
