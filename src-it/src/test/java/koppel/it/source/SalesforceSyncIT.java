package koppel.it.source;

import static koppel.it.source.SalesforceStub.contact;
import static koppel.it.source.Sources.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import koppel.it.Deployments;
import koppel.it.api.Api;
import koppel.it.api.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Salesforce contacts and Koppel clients, both ways, against a stand-in that follows Salesforce's
 * documentation: the first activation pulls every contact (over several pages, a bad one skipped
 * and logged) and sends every client; a client changed in Koppel reaches Salesforce mapped; a
 * contact changed or deleted there arrives in Koppel; nothing applied from Salesforce goes back.
 * Failures (bad credentials, errors, timeouts) are logged, see {@link FailingSourceIT}.
 */
@ExtendWith(ArquillianExtension.class)
class SalesforceSyncIT {

    private static final DateTimeFormatter SALESFORCE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void contactsAndClientsMeetBothWaysWithoutEchoes() {
        String team = Fixtures.team();
        Api api = Fixtures.key(List.of(team), Map.of("clients", "write"), body -> body.add("rate_per_second", 1000))
                .api();
        String clients = "/teams/" + team + "/clients";
        Api.Reply made = api.post(clients, client("Grace", "Hopper", "grace@example.org"));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        String grace = made.json().getString("id");

        SalesforceStub stub = new SalesforceStub();
        String before = time(Instant.now().minus(1, ChronoUnit.DAYS));
        stub.changed(List.of(
                List.of(contact("0035g00000AdaAAA", null, "Ada", "Lovelace", "ada@example.org", before)),
                List.of(
                        contact("0035g00000BadAAA", null, "Nameless", null, "nameless@example.org", before),
                        contact("0035g00000AlaAAA", null, "Alan", "Turing", "alan@example.org", before))));
        String integration = Sources.integration(Sources.configuration(stub, stub.authorization()), team, List.of());
        Sources.activate(integration);

        JsonObject initial = await(
                        () -> Sources.state(integration), state -> runOf(state, "INITIAL") != null, "the initial sync")
                .getJsonArray("runs")
                .getJsonObject(0);
        JsonObject initialRun = runOf(Sources.state(integration), "INITIAL");
        assertThat(initialRun.getString("outcome")).as(initialRun.toString()).isEqualTo("PARTLY");
        assertThat(initialRun.getInt("read")).isEqualTo(3);
        assertThat(initialRun.getInt("created")).isEqualTo(2);
        assertThat(initialRun.getInt("skipped")).isEqualTo(1);
        assertThat(initialRun.getJsonArray("entries").getJsonObject(0).getString("record"))
                .isEqualTo("0035g00000BadAAA");
        assertThat(initialRun.getJsonArray("entries").getJsonObject(0).getString("message"))
                .contains("last_name");
        assertThat(stub.queries()).as("pages read").hasSizeGreaterThanOrEqualTo(2);
        assertThat(initial).isNotNull();

        JsonObject ada = only(api.get(clients + "?external_reference=0035g00000AdaAAA"));
        assertThat(ada.getString("first_name")).isEqualTo("Ada");
        assertThat(ada.getString("email")).isEqualTo("ada@example.org");
        String alan =
                only(api.get(clients + "?external_reference=0035g00000AlaAAA")).getString("id");

        LoggedRequest sent = await(stub::upserts, upserts -> !upserts.isEmpty(), "Grace sent to Salesforce")
                .get(0);
        assertThat(sent.getUrl()).endsWith("/sobjects/Contact/Koppel_Id__c/" + grace);
        JsonObject body = Json.createReader(new java.io.StringReader(sent.getBodyAsString()))
                .readObject();
        assertThat(body.getString("FirstName")).isEqualTo("Grace");
        assertThat(body.getString("LastName")).isEqualTo("Hopper");
        assertThat(body.getString("Email")).isEqualTo("grace@example.org");
        assertThat(body.containsKey("Id")).isFalse();
        String graceInSalesforce = await(
                        () -> api.get(clients + "/" + grace).json(),
                        shown -> shown.getString("external_reference", "").startsWith("003"),
                        "Grace's Salesforce id in Koppel")
                .getString("external_reference");

        Api.Reply changed = api.put(clients + "/" + grace, client("Grace B.", "Hopper", "grace@example.org"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        LoggedRequest update = await(
                        stub::upserts,
                        upserts -> upserts.stream().anyMatch(r -> r.getUrl().endsWith("/Contact/" + graceInSalesforce)),
                        "Grace's change sent by her Salesforce id")
                .stream()
                .filter(r -> r.getUrl().endsWith("/Contact/" + graceInSalesforce))
                .findFirst()
                .orElseThrow();
        assertThat(update.getBodyAsString())
                .contains("\"FirstName\":\"Grace B.\"")
                .contains("\"Koppel_Id__c\":\"" + grace + "\"");

        String now = time(Instant.now().plusSeconds(1));
        String anHourAgo = time(Instant.now().minus(1, ChronoUnit.HOURS));
        stub.changed(List.of(List.of(
                contact("0035g00000AdaAAA", null, "Ada", "King", "ada@example.org", now),
                contact(graceInSalesforce, grace, "Old Grace", "Hopper", "grace@example.org", anHourAgo))));
        stub.deleted(List.of(contact("0035g00000AlaAAA", null, null, null, null, now)));
        Sources.runNow(integration);
        await(
                () -> api.get(clients + "/" + ada.getString("id")).json(),
                shown -> "King".equals(shown.getString("last_name")),
                "Ada's new name");
        await(() -> api.get(clients + "/" + alan).status(), status -> status == 404, "Alan deleted");

        assertThat(api.get(clients + "/" + grace).json().getString("first_name"))
                .as("Koppel's change is newer than Salesforce's: it stays")
                .isEqualTo("Grace B.");
        JsonObject pull = runOf(Sources.state(integration), "PULL");
        assertThat(pull.getInt("updated")).as(pull.toString()).isEqualTo(1);
        assertThat(pull.getInt("deleted")).isEqualTo(1);
        assertThat(stub.upserts())
                .as("what came from Salesforce is not sent back")
                .noneMatch(r -> r.getUrl().contains("0035g00000"));
    }

    @Test
    void parallelRunNowsTakeTurns() throws Exception {
        SalesforceStub stub = new SalesforceStub();
        String modified = time(Instant.now().minus(1, ChronoUnit.HOURS));
        stub.changed(
                List.of(
                        List.of(contact("0035g00000TurnAAA", null, "Turn", "One", "one@example.org", modified)),
                        List.of(contact("0035g00000TurnBBB", null, "Turn", "Two", "two@example.org", modified))),
                300);
        String integration =
                Sources.integration(Sources.configuration(stub, stub.authorization()), Fixtures.team(), List.of());
        Sources.activate(integration);
        await(() -> Sources.state(integration), state -> runOf(state, "INITIAL") != null, "the initial sync");

        int parallel = 6;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<?>> presses = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                presses.add(pool.submit(() -> Sources.runNow(integration)));
            }
            for (Future<?> press : presses) {
                press.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        JsonObject state = await(
                () -> Sources.state(integration), shown -> runOf(shown, "PULL") != null, "a pull after the presses");
        List<JsonObject> runs = state.getJsonArray("runs").getValuesAs(JsonObject.class);
        for (JsonObject one : runs) {
            for (JsonObject other : runs) {
                if (one != other) {
                    boolean apart = !Instant.parse(one.getString("started"))
                                    .isBefore(Instant.parse(other.getString("finished")))
                            || !Instant.parse(other.getString("started"))
                                    .isBefore(Instant.parse(one.getString("finished")));
                    assertThat(apart)
                            .as("runs one at a time: %s and %s", one, other)
                            .isTrue();
                }
            }
        }
        assertThat(runs).allMatch(run -> !run.getString("outcome").equals("FAILED"));
    }

    /** The newest run of this kind, or null. */
    static JsonObject runOf(JsonObject state, String kind) {
        return state.getJsonArray("runs").getValuesAs(JsonObject.class).stream()
                .filter(run -> run.getString("kind").equals(kind))
                .findFirst()
                .orElse(null);
    }

    static JsonObject client(String first, String last, String email) {
        return Json.createObjectBuilder()
                .add("first_name", first)
                .add("last_name", last)
                .add("email", email)
                .build();
    }

    private static JsonObject only(Api.Reply listed) {
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.results()).as(listed.toString()).hasSize(1);
        return listed.results().getJsonObject(0);
    }

    static String time(Instant instant) {
        return SALESFORCE_TIME.format(instant.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC));
    }

    static Map<String, String> with(Map<String, String> values, String name, String value) {
        Map<String, String> changed = new HashMap<>(values);
        changed.put(name, value);
        return changed;
    }
}
