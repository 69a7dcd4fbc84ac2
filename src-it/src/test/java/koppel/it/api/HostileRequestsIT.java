package koppel.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import koppel.it.Deployments;
import koppel.it.api.Api.Reply;
import koppel.it.api.Fixtures.Key;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A corpus of malformed and hostile requests: each gets a 4xx with a contract body (never a 5xx),
 * and afterwards the data of both teams involved is exactly what it was.
 */
@ExtendWith(ArquillianExtension.class)
class HostileRequestsIT {

    private static final List<String> INJECTIONS = List.of(
            "' OR '1'='1",
            "1; DROP TABLE clients; --",
            "\" OR \"\"=\"",
            "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1:1389/a}",
            "#{7*7}",
            "../../etc/passwd",
            "%00",
            "\u0000",
            "' UNION SELECT digest FROM api_keys --");

    private static final List<String> TEXT_FIELDS = List.of(
            "first_name",
            "last_name",
            "email",
            "phone_number",
            "language",
            "note",
            "street",
            "city",
            "postal_code",
            "state",
            "country",
            "external_reference");

    /** A request of the corpus and the status it must get. */
    private record Attack(
            String name, Api api, String method, String path, String body, String contentType, int status) {}

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void everyHostileRequestIsRefusedCleanlyAndChangesNothing() {
        String team = Fixtures.team();
        String otherTeam = Fixtures.team();
        String mine = Fixtures.clients(team, 3).get(0);
        String theirs = Fixtures.clients(otherTeam, 2).get(0);
        Key key = Fixtures.key(List.of(team), Map.of("clients", "write"), b -> b.add("rate_per_second", 100_000));
        Key reader = Fixtures.key(
                List.of(team, otherTeam), Map.of("clients", "read"), b -> b.add("rate_per_second", 100_000));
        Key expired = Fixtures.keyExpiringAt(
                List.of(team), Map.of("clients", "write"), Instant.now().minusSeconds(60));
        Key deleted = Fixtures.key(List.of(team), Map.of("clients", "write"));
        Fixtures.delete(deleted);
        String clients = "/teams/" + team + "/clients";
        JsonObject before = snapshot(reader, team, otherTeam);

        List<Attack> corpus = corpus(key, expired, deleted, team, otherTeam, mine, theirs);
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(100);

        SoftAssertions softly = new SoftAssertions();
        for (Attack attack : corpus) {
            Reply reply = attack.api().send(attack.method(), attack.path(), attack.body(), attack.contentType());
            softly.assertThat(reply.status()).as(attack.name() + " -> " + reply).isEqualTo(attack.status());
            softly.assertThat(reply.header("Content-Type").orElse(""))
                    .as(attack.name())
                    .startsWith("application/json");
            JsonObject body = reply.json();
            softly.assertThat(body.isEmpty()).as(attack.name() + " has a body").isFalse();
            if (attack.status() != 400) {
                softly.assertThat(body.get("detail"))
                        .as(attack.name() + " detail")
                        .isInstanceOf(jakarta.json.JsonString.class);
            }
        }
        softly.assertAll();

        assertThat(snapshot(reader, team, otherTeam)).isEqualTo(before);
        assertThat(key.api().get(clients + "/" + mine).status()).isEqualTo(200);
    }

    @Test
    void brokenNestedBodiesAreRefusedFieldByField() {
        String team = Fixtures.team();
        Key key = Fixtures.key(
                List.of(team),
                Map.of(
                        "products",
                        "write",
                        "orders",
                        "write",
                        "payments",
                        "write",
                        "sessions",
                        "write",
                        "clients",
                        "write"),
                b -> b.add("rate_per_second", 100_000));
        Api api = key.api();
        String base = "/teams/" + team;
        String client = Fixtures.clients(team, 1).get(0);
        Map<String, List<String>> bodies = Map.of(
                "/products",
                        List.of(
                                "{\"title\": 42}",
                                "{\"title\": {}}",
                                "{\"title\": {\"en\": \"x\"}, \"participants\": \"many\"}",
                                "{\"title\": {\"en\": \"x\"}, \"participants\": {\"maximum\": \"ten\"}}",
                                "{\"title\": {\"en\": \"x\"}, \"participants\": {\"expected_data\": {\"type\": \"text\"}}}",
                                "{\"title\": {\"en\": \"x\"}, \"sessions\": {\"standard_price\": {\"tax_excluded\": \"abc\", \"tax_included\": 1}}}",
                                "{\"title\": {\"en\": \"x\"}, \"sessions\": {\"standard_price\": {\"tax_excluded\": \"1e999999\", \"tax_included\": 1}}}",
                                "{\"title\": {\"en\": \"x\"}, \"category\": {\"id\": 99999999999999999999}}"),
                "/orders",
                        List.of(
                                "{\"client\": \"nope\"}",
                                "{\"client\": \"" + UUID.randomUUID() + "\"}",
                                "{\"client\": \"" + client + "\", \"items\": {}}",
                                "{\"client\": \"" + client + "\", \"items\": [1, 2]}",
                                "{\"client\": \"" + client + "\", \"items\": [{\"type\": \"gift\"}]}",
                                "{\"client\": \"" + client + "\", \"items\": [{\"type\": \"booking\"}]}",
                                "{\"client\": \"" + client + "\", \"items\": [{\"id\": \"" + UUID.randomUUID()
                                        + "\", \"type\": \"voucher\"}]}",
                                "{\"client\": \"" + client
                                        + "\", \"payments\": [{\"amount\": \"lots\", \"method\": \"cash\"}]}",
                                "{\"client\": \"" + client
                                        + "\", \"payments\": [{\"amount\": 10, \"method\": \"bitcoin\"}]}"),
                "/sessions",
                        List.of(
                                "{\"session_group\": \"" + UUID.randomUUID()
                                        + "\", \"start\": \"tomorrow\", \"end\": \"later\"}",
                                "{\"session_group\": \"" + UUID.randomUUID()
                                        + "\", \"start\": \"2030-01-01T10:00:00Z\", \"end\": \"2030-01-01T12:00:00Z\", \"staff\": [\"x\"]}",
                                "{\"session_group\": \"" + UUID.randomUUID()
                                        + "\", \"start\": \"2030-01-01T10:00:00Z\", \"end\": \"2030-01-01T12:00:00Z\", \"staff\": \"all\"}",
                                "{\"session_group\": \"" + UUID.randomUUID()
                                        + "\", \"start\": \"2030-01-01T10:00:00Z\", \"end\": \"2030-01-01T12:00:00Z\"}"));

        SoftAssertions softly = new SoftAssertions();
        bodies.forEach((collection, broken) -> broken.forEach(body -> {
            Reply reply = api.send("POST", base + collection, body, "application/json");
            softly.assertThat(reply.status())
                    .as(collection + " " + body + " -> " + reply)
                    .isEqualTo(400);
            softly.assertThat(reply.json().isEmpty())
                    .as(collection + " " + body)
                    .isFalse();
        }));
        softly.assertAll();
        for (String collection : List.of("/products", "/orders")) {
            assertThat(api.get(base + collection).json().getInt("count"))
                    .as(collection)
                    .isZero();
        }
    }

    @Test
    void injectionStringsInTextAreJustText() {
        Key key = Fixtures.key(
                List.of(Fixtures.team()), Map.of("clients", "write"), b -> b.add("rate_per_second", 100_000));
        String clients = "/teams/" + key.team() + "/clients";

        for (String hostile : INJECTIONS) {
            if (hostile.contains("\u0000")) {
                continue;
            }
            Reply created = key.api()
                    .post(
                            clients,
                            Json.createObjectBuilder()
                                    .add("first_name", hostile)
                                    .add("last_name", "Test")
                                    .add("note", hostile)
                                    .build());
            assertThat(created.status()).as(hostile + " -> " + created).isEqualTo(201);
            Reply read = key.api().get(created.header("Location").orElseThrow());
            assertThat(read.json().getString("note")).isEqualTo(hostile);

            Reply filtered = key.api().get(clients + "?first_name=" + encode(hostile));
            assertThat(filtered.status()).isEqualTo(200);
            assertThat(filtered.json().getInt("count")).as(hostile).isEqualTo(1);
        }
        assertThat(key.api().get(clients).json().getInt("count")).isEqualTo(INJECTIONS.size() - 1);
    }

    private static List<Attack> corpus(
            Key key, Key expired, Key deleted, String team, String otherTeam, String mine, String theirs) {
        Api api = key.api();
        String clients = "/teams/" + team + "/clients";
        String one = clients + "/" + mine;
        List<Attack> corpus = new ArrayList<>();

        // Broken JSON.
        for (String broken : List.of(
                "{",
                "}",
                "{\"first_name\": }",
                "{'first_name': 'x'}",
                "[]",
                "[{}]",
                "\"text\"",
                "42",
                "null",
                "{\"a\":1}{\"b\":2}",
                "{\"first_name\": \"x\"",
                "\u00ff\u00fe{}",
                "{\"first_name\": \"\\ud800\"}")) {
            corpus.add(new Attack("broken JSON " + broken, api, "POST", clients, broken, "application/json", 400));
        }
        // Wrong types in every field.
        for (String field : TEXT_FIELDS) {
            for (JsonValue wrong : List.of(
                    JsonValue.TRUE,
                    Json.createArrayBuilder().add(1).build(),
                    Json.createObjectBuilder().build())) {
                String body = valid().add(field, wrong).build().toString();
                corpus.add(new Attack(field + " as " + wrong, api, "POST", clients, body, "application/json", 400));
            }
        }
        corpus.add(new Attack(
                "birth date as number",
                api,
                "POST",
                clients,
                valid().add("birth_date", 19750522).build().toString(),
                "application/json",
                400));
        corpus.add(new Attack(
                "custom data as list",
                api,
                "POST",
                clients,
                valid().add("custom_data", Json.createArrayBuilder()).build().toString(),
                "application/json",
                400));
        // Too long, too big, not allowed by the rules.
        for (String field : List.of(
                "first_name", "last_name", "email", "note", "street", "city", "postal_code", "external_reference")) {
            corpus.add(new Attack(
                    field + " too long",
                    api,
                    "PUT",
                    one,
                    valid().add(field, "x".repeat(6000)).build().toString(),
                    "application/json",
                    400));
        }
        corpus.add(new Attack(
                "2 MiB body",
                api,
                "POST",
                clients,
                "{\"note\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}",
                "application/json",
                413));
        corpus.add(new Attack(
                "birth date in the future",
                api,
                "PUT",
                one,
                valid().add("birth_date", "2999-01-01").build().toString(),
                "application/json",
                400));
        // Injection strings in typed filters, ordering and paging.
        for (String hostile : INJECTIONS) {
            String q = encode(hostile);
            for (String parameter :
                    List.of("birth_date__gt", "created__lte", "id", "limit", "offset", "ordering", hostile)) {
                String name = parameter.equals(hostile) ? q : parameter;
                corpus.add(new Attack(
                        "filter " + parameter + "=" + hostile,
                        api,
                        "GET",
                        clients + "?" + name + "=" + q,
                        null,
                        null,
                        400));
            }
            corpus.add(new Attack("expand " + hostile, api, "GET", clients + "?expand=" + q, null, null, 400));
        }
        // Ids that are not ids.
        for (String bad : List.of(
                "not-a-uuid", "1", "00000000-0000-0000-0000-00000000000g", "1-1-1-1-1", "%27%20OR%201%3D1", "%20")) {
            for (String method : List.of("GET", "PUT", "DELETE")) {
                String body = method.equals("PUT") ? valid().build().toString() : null;
                corpus.add(new Attack(
                        method + " id " + bad, api, method, clients + "/" + bad, body, "application/json", 404));
            }
            corpus.add(new Attack("team id " + bad, api, "GET", "/teams/" + bad + "/clients", null, null, 404));
        }
        // Another team's data, through its path or through ours.
        String theirClients = "/teams/" + otherTeam + "/clients";
        corpus.add(new Attack("their list", api, "GET", theirClients, null, null, 403));
        corpus.add(new Attack("their client", api, "GET", theirClients + "/" + theirs, null, null, 403));
        corpus.add(new Attack("their client via our team", api, "GET", clients + "/" + theirs, null, null, 403));
        corpus.add(new Attack(
                "overwrite theirs via our team",
                api,
                "PUT",
                clients + "/" + theirs,
                valid().build().toString(),
                "application/json",
                403));
        corpus.add(new Attack("delete theirs via our team", api, "DELETE", clients + "/" + theirs, null, null, 403));
        corpus.add(new Attack(
                "create in their team",
                api,
                "POST",
                theirClients,
                valid().build().toString(),
                "application/json",
                403));
        corpus.add(new Attack(
                "rename their team",
                api,
                "PUT",
                "/teams/" + otherTeam,
                "{\"name\": \"Mine now\"}",
                "application/json",
                403));
        corpus.add(new Attack("delete their team", api, "DELETE", "/teams/" + otherTeam, null, null, 403));
        // Keys that are no longer keys.
        for (Key dead : List.of(expired, deleted)) {
            corpus.add(new Attack("dead key GET", dead.api(), "GET", clients, null, null, 401));
            corpus.add(new Attack(
                    "dead key POST",
                    dead.api(),
                    "POST",
                    clients,
                    valid().build().toString(),
                    "application/json",
                    401));
        }
        corpus.add(new Attack(
                "no key", Api.anonymous(), "POST", clients, valid().build().toString(), "application/json", 401));
        corpus.add(new Attack("forged key", Api.withKey("kop_" + "A".repeat(32)), "DELETE", one, null, null, 401));
        // Not JSON, not allowed.
        for (String type : List.of(
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x")) {
            corpus.add(new Attack("content type " + type, api, "POST", clients, "first_name=x", type, 415));
        }
        for (String method : List.of("PATCH", "PUT", "POST")) {
            String path = method.equals("POST") ? one : clients;
            corpus.add(new Attack("method " + method, api, method, path, "{}", "application/json", 405));
        }
        return corpus;
    }

    private static JsonObject snapshot(Key reader, String team, String otherTeam) {
        return Json.createObjectBuilder()
                .add("team", reader.api().get("/teams/" + team + "/clients").json())
                .add(
                        "other",
                        reader.api().get("/teams/" + otherTeam + "/clients").json())
                .build();
    }

    private static jakarta.json.JsonObjectBuilder valid() {
        return Json.createObjectBuilder().add("first_name", "Valid").add("last_name", "Client");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
