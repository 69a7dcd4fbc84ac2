package koppel.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import koppel.it.Deployments;
import koppel.it.ServerLog;
import koppel.it.api.Api.Reply;
import koppel.it.api.Fixtures.Key;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Malformed and hostile requests: the corpus over every collection ({@link HostileCorpus}) and the
 * first one on clients ({@link ClientAttacks}). None gets a 5xx, each a contract body, none changes
 * the data of either team involved, and none leaves a stack trace in the server log.
 */
@ExtendWith(ArquillianExtension.class)
class HostileRequestsIT {

    static final List<String> INJECTIONS = HostileCorpus.INJECTIONS;

    @Deployment(testable = false)
    static Archive<?> deployment() {
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

        List<ClientAttacks.Attack> corpus = ClientAttacks.corpus(key, expired, deleted, team, otherTeam, mine, theirs);
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(100);

        SoftAssertions softly = new SoftAssertions();
        for (ClientAttacks.Attack attack : corpus) {
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

    /**
     * The corpus of {@link HostileCorpus}, over every collection: no 5xx, JSON only (but for what
     * the container answers first), nothing changed in either team, and the server log grown by at
     * most 500 bytes a request, with no stack trace.
     */
    @Test
    void theHostileCorpusIsRefusedCleanlyQuietlyAndChangesNothing() throws Exception {
        Map<String, String> access = new java.util.HashMap<>(Catalogue.EVERYTHING);
        access.put("custom_fields", "write");
        access.put("teams", "write");
        Key key = Fixtures.key(
                List.of(Fixtures.team()),
                access,
                b -> b.add("rate_per_second", 1_000_000).add("rate_per_day", 100_000_000));
        Key their = Fixtures.key(
                List.of(Fixtures.team()),
                access,
                b -> b.add("rate_per_second", 1_000_000).add("rate_per_day", 100_000_000));
        Map<String, String> mine = TeamContents.oneOfEach(key);
        Map<String, String> theirs = TeamContents.oneOfEach(their);
        List<HostileCorpus.Probe> corpus =
                new HostileCorpus(key.secret(), key.team(), their.team(), mine, theirs).build();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(400);
        JsonObject before = TeamContents.snapshot(key, their);
        ServerLog log = ServerLog.fromNow();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<RawRequest.Answer>> answers = new ArrayList<>();
        try {
            for (HostileCorpus.Probe probe : corpus) {
                answers.add(pool.submit(() -> probe.request().send()));
            }
            SoftAssertions softly = new SoftAssertions();
            for (int i = 0; i < corpus.size(); i++) {
                HostileCorpus.Probe probe = corpus.get(i);
                RawRequest.Answer answer = answers.get(i).get(60, TimeUnit.SECONDS);
                String what = probe.request().name() + " -> " + answer;
                softly.assertThat(answer.status()).as(what).isLessThan(500);
                switch (probe.expect()) {
                    case BAD_REQUEST ->
                        softly.assertThat(answer.status()).as(what).isEqualTo(400);
                    case TOO_LARGE ->
                        softly.assertThat(answer.status()).as(what).isEqualTo(413);
                    case UNSUPPORTED ->
                        softly.assertThat(answer.status()).as(what).isEqualTo(415);
                    default -> {}
                }
                if (probe.expect() != HostileCorpus.Expect.CONTAINER) {
                    // CONTAINER: h-http's branch makes the container's own answers JSON; then assert isJson for all
                    softly.assertThat(answer.status()).as(what).isGreaterThanOrEqualTo(200);
                    softly.assertThat(answer.isJson()).as(what + " is JSON").isTrue();
                }
            }
            softly.assertAll();
        } finally {
            pool.shutdownNow();
        }

        assertThat(TeamContents.snapshot(key, their)).isEqualTo(before);
        String written =
                log.awaiting(text -> text.contains("\tat ") || text.contains("Caused by"), Duration.ofSeconds(2));
        assertThat(written).as("the server log").doesNotContain("\tat ").doesNotContain("Caused by");
        assertThat(written.getBytes(StandardCharsets.UTF_8).length)
                .as("bytes logged for " + corpus.size() + " requests:%n%s", abbreviated(written))
                .isLessThanOrEqualTo(500 * corpus.size());
        assertThat(written.lines())
                .as("lines of the server log")
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                        .as(line)
                        .isLessThanOrEqualTo(500));
        System.out.printf(
                "Hostile corpus: %d requests, %d bytes of server log%n",
                corpus.size(), written.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void everyInvalidFieldIsNamedAtOnceInOneWording() {
        Key key = Fixtures.key(
                List.of(Fixtures.team()), Map.of("clients", "write"), b -> b.add("rate_per_second", 100_000));
        Reply reply = key.api()
                .send(
                        "POST",
                        "/teams/" + key.team() + "/clients",
                        "{\"first_name\": 123, \"last_name\": null, \"email\": \"nope\", \"note\": \""
                                + "x".repeat(5001) + "\", \"birth_date\": \"0000-01-01\"}",
                        "application/json");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json())
                .isEqualTo(Json.createObjectBuilder()
                        .add("first_name", Json.createArrayBuilder().add("Not a valid string."))
                        .add("last_name", Json.createArrayBuilder().add("This field is required."))
                        .add("email", Json.createArrayBuilder().add("Enter a valid email address."))
                        .add(
                                "note",
                                Json.createArrayBuilder().add("Ensure this field has no more than 5000 characters."))
                        .add(
                                "birth_date",
                                Json.createArrayBuilder()
                                        .add("Date has wrong format. Use one of these formats instead: YYYY-MM-DD."))
                        .build());
    }

    private static String abbreviated(String text) {
        return text.length() <= 4000 ? text : text.substring(0, 4000) + "...";
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

    private static JsonObject snapshot(Key reader, String team, String otherTeam) {
        return Json.createObjectBuilder()
                .add("team", reader.api().get("/teams/" + team + "/clients").json())
                .add(
                        "other",
                        reader.api().get("/teams/" + otherTeam + "/clients").json())
                .build();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
