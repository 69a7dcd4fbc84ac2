package koppel.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import koppel.it.Deployments;
import koppel.it.Settings;
import koppel.it.api.Api.Reply;
import koppel.it.api.Fixtures.Key;
import koppel.it.api.RawHttp.Answer;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The HTTP side of the contract, from the wire: JSON for every error under {@code /api} (the
 * container's too), no server names, the order of checks (401 before 403, 405 and 415; every
 * authenticated answer counted), {@code OPTIONS} without a key, the day's wait in both headers,
 * strong {@code If-Match}, links from {@code koppel.api.base-url} (the tests set it to {@code
 * http://localhost:8080/api}), and the JSON media type.
 */
@ExtendWith(ArquillianExtension.class)
class HttpContractIT {

    /** {@code application/json; charset=UTF-8} as {@link #mediaType} writes it (Undertow leaves out the space). */
    private static final String JSON_UTF8 = "application/json;charset=utf-8";

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void theContainersErrorsUnderApiAreJson() {
        Key key =
                Fixtures.key(List.of(Fixtures.team()), Map.of("clients", "read"), b -> b.add("rate_per_second", 1000));
        String clients = "/api/v1/teams/" + key.team() + "/clients/";
        SoftAssertions softly = new SoftAssertions();
        for (List<String> request : List.of(
                List.of("GET /api/nope HTTP/1.1"),
                List.of("GET /api/v2/teams HTTP/1.1"),
                List.of("GET /api/v1/ HTTP/1.1", "Accept: */*;q=abc"),
                List.of("GET /api/v1/teams HTTP/1.1", "Accept: */*;q=abc", "Authorization: Token " + key.secret()),
                List.of("GET " + clients + "..%2F..%2F HTTP/1.1", "Authorization: Token " + key.secret()),
                List.of("GET " + clients + "a%2Fb HTTP/1.1", "Authorization: Token " + key.secret()),
                List.of("GET /api/v1/teams/..%2F..%2F HTTP/1.1"),
                List.of("DELETE /api/v2/ HTTP/1.1"))) {
            Answer answer = raw(request, null);
            softly.assertThat(answer.status()).as(request + " " + answer).isBetween(400, 499);
            softly.assertThat(answer.header("Content-Type").map(HttpContractIT::mediaType))
                    .as(request.toString())
                    .contains(JSON_UTF8);
            softly.assertThat(detail(answer)).as(request + " " + answer).isNotBlank();
        }
        softly.assertAll();
    }

    @Test
    void noAnswerNamesTheServer() {
        SoftAssertions softly = new SoftAssertions();
        for (String path :
                List.of("/api/v1/", "/api/v1/teams", "/api/nope", "/admin/login.xhtml", "/admin/nope", "/nope")) {
            Answer answer = raw(List.of("GET " + path + " HTTP/1.1"), null);
            softly.assertThat(answer.header("X-Powered-By")).as(path).isEmpty();
            softly.assertThat(answer.header("Server").orElse(""))
                    .as(path + " Server")
                    .doesNotContainPattern("(?i)payara|glassfish|grizzly|wildfly|undertow|jboss|[0-9]");
            softly.assertThat(answer.body()).as(path).doesNotContainPattern("(?i)payara|glassfish|wildfly|jboss");
        }
        softly.assertAll();
    }

    @Test
    void withoutAValidKeyEveryPathMethodAndMediaTypeIs401() {
        String clients = "/teams/" + Fixtures.team() + "/clients";

        Reply patch = Api.anonymous().send("PATCH", clients, "{}", "application/json");
        Reply text = Api.anonymous().send("POST", clients, "first_name=Ada", "text/plain");
        Reply unknown = Api.withKey("kop_notakeyatallnotakeyatallnotakey1").get("/no/such/path");
        Reply unknownWithout = Api.anonymous().get("/no/such/path");

        assertThat(List.of(patch, text, unknownWithout)).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
            assertThat(reply.detail()).isEqualTo("Authentication credentials were not provided.");
            assertThat(reply.header("WWW-Authenticate")).contains("Token");
            assertThat(reply.header("RateLimit-Remaining")).isEmpty();
        });
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.detail()).isEqualTo("Invalid token.");
    }

    @Test
    void permissionComesBeforeMethodAndMediaType() {
        String team = Fixtures.team();
        Key reader = Fixtures.key(List.of(team), Map.of("clients", "read"), b -> b.add("rate_per_second", 1000));
        Key writer = Fixtures.key(List.of(team), Map.of("clients", "write"), b -> b.add("rate_per_second", 1000));
        String clients = "/teams/" + team + "/clients";

        assertThat(reader.api().send("PATCH", clients, "{}", "application/json").status())
                .isEqualTo(403);
        assertThat(reader.api().send("POST", clients, "x", "text/plain").status())
                .isEqualTo(403);
        Reply patch = writer.api().send("PATCH", clients, "{}", "application/json");
        assertThat(patch.status()).isEqualTo(405);
        assertThat(patch.detail()).isEqualTo("Method \"PATCH\" not allowed.");
        assertThat(patch.header("RateLimit-Remaining")).isPresent();
        assertThat(writer.api().send("POST", clients, "x", "text/plain").status())
                .isEqualTo(415);
    }

    @Test
    void everyAuthenticatedAnswerIsCountedAndSaysSo() {
        Key key = Fixtures.key(
                List.of(Fixtures.team()),
                Map.of("clients", "read"),
                b -> b.add("rate_per_second", 1000).add("rate_per_day", 50));

        List<Integer> remaining = new ArrayList<>();
        for (String path :
                List.of("/no/such/path", "/teams/" + key.team() + "/nothing", "/teams/" + key.team() + "/clients")) {
            Reply reply = key.api().get(path);
            assertThat(reply.header("RateLimit-Limit")).as(path).contains("50");
            remaining.add(Integer.parseInt(reply.header("RateLimit-Remaining").orElseThrow()));
        }

        assertThat(remaining).containsExactly(49, 48, 47);
    }

    @Test
    void optionsNeedsNoKeyAndTellsOnlyTheMethods() {
        String clients = "/teams/" + Fixtures.team() + "/clients";

        Reply options = Api.anonymous().send("OPTIONS", clients, null, null);
        Reply nowhere = Api.anonymous().send("OPTIONS", "/no/such/path", null, null);

        assertThat(options.status()).isEqualTo(200);
        assertThat(options.header("Allow").orElseThrow()).contains("GET", "POST");
        assertThat(options.response().body()).isEmpty();
        assertThat(options.header("Access-Control-Allow-Origin")).isEmpty();
        assertThat(nowhere.status()).isEqualTo(200);
        assertThat(nowhere.header("Allow")).contains("OPTIONS");
    }

    @Test
    void corsHeadersOnlyForTheConfiguredOrigins() {
        String allowed = "http://localhost:" + Settings.require("koppel.it.cors-port");
        String clients = "/teams/" + Fixtures.team() + "/clients";

        Reply preflight = Api.anonymous()
                .send(
                        "OPTIONS",
                        clients,
                        null,
                        null,
                        "Origin",
                        allowed,
                        "Access-Control-Request-Method",
                        "POST",
                        "Access-Control-Request-Headers",
                        "authorization, content-type");
        Reply foreign = Api.anonymous()
                .send(
                        "OPTIONS",
                        clients,
                        null,
                        null,
                        "Origin",
                        "http://evil.example",
                        "Access-Control-Request-Method",
                        "POST");
        Reply refused = Api.anonymous().send("GET", clients, null, null, "Origin", allowed);

        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).contains(allowed);
        assertThat(preflight.header("Access-Control-Allow-Methods").orElseThrow())
                .contains("POST");
        assertThat(preflight.header("Access-Control-Allow-Headers").orElseThrow())
                .containsIgnoringCase("authorization")
                .containsIgnoringCase("content-type");
        assertThat(foreign.status()).isEqualTo(200);
        assertThat(foreign.header("Access-Control-Allow-Origin")).isEmpty();
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Access-Control-Allow-Origin")).contains(allowed);
        assertThat(refused.header("Access-Control-Expose-Headers").orElseThrow())
                .contains("RateLimit-Remaining");
    }

    @Test
    void theDaysWaitIsUntilTheOldestRequestIs24HoursOldInBothHeaders() {
        Key key = Fixtures.key(
                List.of(Fixtures.team()),
                Map.of("clients", "read"),
                b -> b.add("rate_per_second", 100).add("rate_per_day", 3));
        String clients = "/teams/" + key.team() + "/clients";
        Instant first = Instant.now();
        for (int i = 0; i < 3; i++) {
            assertThat(key.api().get(clients).status()).isEqualTo(200);
        }

        Reply throttled = key.api().get(clients);
        long elapsed = Instant.now().getEpochSecond() - first.getEpochSecond();

        assertThat(throttled.status()).isEqualTo(429);
        long retryAfter = Long.parseLong(throttled.header("Retry-After").orElseThrow());
        assertThat(throttled.header("RateLimit-Reset")).contains(Long.toString(retryAfter));
        assertThat(throttled.header("RateLimit-Limit")).contains("3");
        assertThat(throttled.header("RateLimit-Remaining")).contains("0");
        assertThat(retryAfter).isBetween(86_400 - elapsed - 2, 86_400L);
        assertThat(throttled.detail())
                .isEqualTo("Request was throttled. Expected available in " + retryAfter + " seconds.");
    }

    @Test
    void ifMatchIsStrongAndACreatingPutNeverMatches() {
        Key key =
                Fixtures.key(List.of(Fixtures.team()), Map.of("clients", "write"), b -> b.add("rate_per_second", 1000));
        String path = "/teams/" + key.team() + "/clients/" + UUID.randomUUID();
        JsonObject client = Json.createObjectBuilder()
                .add("first_name", "Ada")
                .add("last_name", "Lovelace")
                .build();

        for (String ifMatch : List.of("\"0\"", "*", "W/\"0\"")) {
            Reply creating = key.api().put(path, client, "If-Match", ifMatch);
            assertThat(creating.status()).as(ifMatch).isEqualTo(412);
            assertThat(creating.detail()).isEqualTo("Precondition failed: the resource was modified.");
        }
        assertThat(key.api().get(path).status()).isEqualTo(404);

        String etag = key.api().put(path, client).header("ETag").orElseThrow();
        assertThat(key.api().put(path, client, "If-Match", "W/" + etag).status())
                .isEqualTo(412);
        assertThat(key.api().delete(path, "If-Match", "W/" + etag).status()).isEqualTo(412);
        assertThat(key.api().put(path, client, "If-Match", etag).status()).isEqualTo(200);
        assertThat(key.api().put(path, client, "If-Match", "*").status()).isEqualTo(200);
    }

    @Test
    void linksStartWithTheConfiguredAddressWhateverTheHostHeaderSays() {
        Key key =
                Fixtures.key(List.of(Fixtures.team()), Map.of("clients", "write"), b -> b.add("rate_per_second", 1000));
        String base = Settings.baseUrl() + "/api/v1/";
        String clients = "/api/v1/teams/" + key.team() + "/clients";
        String auth = "Authorization: Token " + key.secret();

        Answer created = raw(
                List.of("POST " + clients + " HTTP/1.1", auth, "Content-Type: application/json"),
                "{\"first_name\": \"Ada\", \"last_name\": \"Lovelace\"}");
        raw(
                List.of("POST " + clients + " HTTP/1.1", auth, "Content-Type: application/json"),
                "{\"first_name\": \"Grace\", \"last_name\": \"Hopper\"}");
        Answer page = raw(List.of("GET " + clients + "?limit=1&offset=1 HTTP/1.1", auth), null);
        Answer root = raw(List.of("GET /api/v1/ HTTP/1.1"), null);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).get().asString().startsWith(base + "teams/" + key.team() + "/clients/");
        JsonObject list = json(page);
        assertThat(list.getString("previous")).startsWith(base + "teams/" + key.team() + "/clients?");
        assertThat(json(root).getString("teams")).isEqualTo(base + "teams");
        assertThat(json(root).getString("docs")).isEqualTo(Settings.baseUrl() + "/api/docs/");
    }

    @Test
    void jsonSaysItsCharset() {
        Key key =
                Fixtures.key(List.of(Fixtures.team()), Map.of("clients", "read"), b -> b.add("rate_per_second", 1000));

        for (Reply reply : List.of(
                key.api().get("/teams/" + key.team() + "/clients"),
                key.api().get("/teams"),
                Api.anonymous().get("/"),
                key.api().get("/teams/" + key.team() + "/clients?limit=x"))) {
            assertThat(reply.header("Content-Type").map(HttpContractIT::mediaType))
                    .as(reply.toString())
                    .contains(JSON_UTF8);
        }
    }

    @Test
    void aBadRequestKeepsTheConnection() {
        Assumptions.assumeFalse(
                List.of("payara", "micro").contains(System.getProperty("arquillian.launch")),
                "Payara's HTTP layer (Grizzly's HttpServerFilter, on Payara Server and Payara Micro) closes"
                        + " the connection after every 400, 413 and 500, whatever the application answers");
        Key key =
                Fixtures.key(List.of(Fixtures.team()), Map.of("clients", "write"), b -> b.add("rate_per_second", 1000));
        String clients = "/api/v1/teams/" + key.team() + "/clients";
        try (RawHttp connection = new RawHttp()) {
            List<String> head = List.of(
                    "POST " + clients + " HTTP/1.1",
                    "Host: localhost",
                    "Authorization: Token " + key.secret(),
                    "Content-Type: application/json");
            Answer broken = connection.send(head, "{\"first_name\": ");
            Answer invalid = connection.send(head, "{\"first_name\": 1}");
            Answer again = connection.send(
                    List.of("GET " + clients + " HTTP/1.1", "Host: localhost", "Authorization: Token " + key.secret()),
                    null);

            assertThat(broken.status()).isEqualTo(400);
            assertThat(broken.header("Connection").orElse("")).doesNotContainIgnoringCase("close");
            assertThat(invalid.status()).isEqualTo(400);
            assertThat(again.status()).isEqualTo(200);
            assertThat(connection.closedByServer()).isFalse();
        }
    }

    /** One request on a connection of its own, with a forged Host unless the head names one. */
    private static Answer raw(List<String> head, String body) {
        List<String> lines = new ArrayList<>(head);
        if (lines.stream().noneMatch(line -> line.regionMatches(true, 0, "Host:", 0, 5))) {
            lines.add(1, "Host: evil.example");
        }
        lines.add("Connection: close");
        try (RawHttp connection = new RawHttp()) {
            return connection.send(lines, body);
        }
    }

    /** A media type without the spaces and case that do not change it. */
    private static String mediaType(String contentType) {
        return contentType.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static JsonObject json(Answer answer) {
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }

    private static String detail(Answer answer) {
        try {
            return json(answer).getString("detail", "");
        } catch (RuntimeException e) {
            return "";
        }
    }
}
