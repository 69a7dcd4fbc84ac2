package koppel.it.ticketing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import koppel.it.Deployments;
import koppel.it.api.Fixtures;
import koppel.it.webhook.Receiver;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Ticketmatic link end to end, against a stand-in that checks every request's signature: Verify
 * tells a good account from a bad key and a wrong clock; a session group put on sale becomes a draft
 * event, its sales come back into {@code ticketing}; an event already on sale is never overwritten;
 * a change made with the link's own key is not pushed back; parallel changes make one event;
 * failures, 429s and timeouts are logged and retried.
 */
@ExtendWith(ArquillianExtension.class)
class TicketmaticSyncIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void verifyMakesASignedCallAndNamesWhatFails() {
        TicketmaticStub stub = new TicketmaticStub();
        Planning planning = new Planning();
        String link = Links.create("ticketmatic", stub.configuration(), List.of(planning.team));

        JsonObject passed = Links.verify(link);
        assertThat(passed.getBoolean("passed")).as(passed.toString()).isTrue();
        assertThat(passed.getString("message")).contains(stub.account());
        assertThat(stub.received("GET", "/events")).hasSize(1);

        stub.timeOffBy(Duration.ofHours(2));
        JsonObject skewed = Links.verify(link);
        assertThat(skewed.getBoolean("passed")).isFalse();
        assertThat(skewed.getString("message")).contains("clocks").containsPattern("(119|120) minutes");

        java.util.Map<String, String> wrong = new java.util.HashMap<>(stub.configuration());
        wrong.put("secret_key", "not-the-secret");
        String badKey = Links.create("ticketmatic", wrong, List.of());
        stub.timeOffBy(Duration.ZERO);
        JsonObject refused = Links.verify(badKey);
        assertThat(refused.getBoolean("passed")).isFalse();
        assertThat(refused.getString("message")).contains("401").contains("Invalid authentication");
        assertThat(Links.runs(badKey))
                .anySatisfy(run -> assertThat(run.getString("outcome")).isEqualTo("ERROR"));
    }

    @Test
    void anUnreachableHostIsNamed() {
        java.util.Map<String, String> elsewhere = new java.util.HashMap<>(new TicketmaticStub().configuration());
        // the other internal address the server may call: the webhook receivers' port, closed here
        elsewhere.put("host", "http://127.0.0.1:" + koppel.it.Settings.require("koppel.it.webhook-port"));

        JsonObject unreachable = Links.verify(Links.create("ticketmatic", elsewhere, List.of()));

        assertThat(unreachable.getBoolean("passed")).isFalse();
        assertThat(unreachable.getString("message")).startsWith("Cannot reach Ticketmatic at 127.0.0.1");
    }

    @Test
    void salesArePulledOnASchedule() {
        TicketmaticStub stub = new TicketmaticStub();
        stub.acceptsEvents(4900);
        Planning planning = new Planning();
        Links.create("ticketmatic", stub.configuration(), List.of(planning.team));
        String group = planning.sessionGroup("Scheduled", true);
        planning.awaitTicketing(group, t -> "4900".equals(t.getString("remote_id", null)));

        stub.hasEvent(4900, TicketmaticStub.ACTIVE, 5, 95);

        // every 10 s in the tests (koppel.ticketing.pull-interval), without anyone pressing Sync now
        JsonObject pulled = planning.awaitTicketing(group, t -> t.getInt("sold", -1) == 5);
        assertThat(pulled.getJsonObject("ticketing").getString("status")).isEqualTo("published");
    }

    @Test
    void aSessionGroupOnSaleBecomesAnEventAndItsSalesComeBack() {
        TicketmaticStub stub = new TicketmaticStub();
        stub.acceptsEvents(4711);
        Planning planning = new Planning();
        Links.create("ticketmatic", stub.configuration(), List.of(planning.team));

        String group = planning.sessionGroup("Sunset cruise", true);
        String notOnSale = planning.sessionGroup("Private charter", false);

        JsonObject shown = planning.awaitTicketing(group, t -> "4711".equals(t.getString("remote_id", null)));
        assertThat(shown.getJsonObject("ticketing").getString("status")).isEqualTo("draft");
        assertThat(shown.getJsonObject("ticketing").isNull("error")).isTrue();
        List<LoggedRequest> created = stub.received("POST", "/events");
        assertThat(created).hasSize(1);
        JsonObject event = json(created.get(0));
        assertThat(event.getString("name")).isEqualTo("Sunset cruise");
        assertThat(event.getString("externalcode")).isEqualTo(group);
        assertThat(event.getString("startts")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(event.getJsonArray("contingents").getJsonObject(0).getInt("amount"))
                .isEqualTo(100);
        assertThat(planning.read(notOnSale).isNull("ticketing")).isTrue();

        stub.hasEvent(4711, TicketmaticStub.ACTIVE, 7, 93);
        String link = linkOf(shown);
        Links.sync(link);
        JsonObject sold = planning.awaitTicketing(group, t -> t.getInt("sold", -1) == 7);
        assertThat(sold.getJsonObject("ticketing").getString("status")).isEqualTo("published");
        assertThat(sold.getJsonObject("ticketing").getInt("available")).isEqualTo(93);
        assertThat(sold.getJsonObject("ticketing").getString("synced_at")).isNotBlank();
        assertThat(Links.runs(link)).anySatisfy(run -> {
            assertThat(run.getString("kind")).isEqualTo("PULL");
            assertThat(run.getInt("changed")).isEqualTo(1);
        });
    }

    @Test
    void aPullThatChangesSalesRaisesSessionGroupUpdated() throws Exception {
        TicketmaticStub stub = new TicketmaticStub();
        stub.acceptsEvents(4800);
        Planning planning = new Planning();
        String link = Links.create("ticketmatic", stub.configuration(), List.of(planning.team));
        try (Receiver receiver = Receiver.start()) {
            String path = receiver.newPath();
            planning.webhook(receiver.url(path), "session_group.updated");
            String group = planning.sessionGroup("Matinee", true);
            planning.awaitTicketing(group, t -> "4800".equals(t.getString("remote_id", null)));
            Instant before = Instant.now();

            stub.hasEvent(4800, TicketmaticStub.ACTIVE, 21, 79);
            Links.sync(link);

            planning.awaitTicketing(group, t -> t.getInt("sold", -1) == 21);
            receiver.await(
                    path,
                    Planning.SOON,
                    arrivals -> arrivals.stream()
                            .map(Receiver.Arrival::json)
                            .anyMatch(event -> event.getJsonObject("resource")
                                            .getString("id")
                                            .equals(group)
                                    && Instant.parse(event.getString("occurred_at"))
                                            .isAfter(before)));
        }
    }

    @Test
    void anEventOnSaleIsNeverOverwritten() {
        TicketmaticStub stub = new TicketmaticStub();
        stub.acceptsEvents(5000);
        Planning planning = new Planning();
        String link = Links.create("ticketmatic", stub.configuration(), List.of(planning.team));
        String group = planning.sessionGroup("Jazz night", true);
        planning.awaitTicketing(group, t -> "5000".equals(t.getString("remote_id", null)));

        stub.hasEvent(5000, TicketmaticStub.ACTIVE, 12, 88);
        planning.change(planning.api, group, "Jazz night (renamed)", true);

        JsonObject conflict = planning.awaitTicketing(group, t -> !t.isNull("error"));
        assertThat(conflict.getJsonObject("ticketing").getString("error")).contains("no longer a draft");
        assertThat(conflict.getJsonObject("ticketing").getString("status")).isEqualTo("published");
        assertThat(stub.received("PUT", "/events/5000"))
                .noneSatisfy(put -> assertThat(put.getBodyAsString()).contains("renamed"));
        assertThat(Links.runs(link))
                .anySatisfy(run -> assertThat(run.getString("outcome")).isEqualTo("CONFLICT"));
    }

    @Test
    void aChangeMadeWithTheLinksOwnKeyIsNotPushedBack() {
        TicketmaticStub stub = new TicketmaticStub();
        stub.acceptsEvents(6000);
        Planning planning = new Planning();
        String link = Links.create("ticketmatic", stub.configuration(), List.of(planning.team));
        String own = planning.sessionGroup("Own change", true);
        planning.awaitTicketing(own, t -> "6000".equals(t.getString("remote_id", null)));
        planning.change(planning.api, own, "Changed by a planner", true);
        Planning.await(
                () -> stub.received("PUT", "/events/6000"),
                puts -> puts.stream().anyMatch(put -> put.getBodyAsString().contains("Changed by a planner")),
                "the planner's change");
        Fixtures.Key ticketingSystem = planning.key(Map.of("session_groups", "write"));
        Links.linkKey(link, ticketingSystem.id());

        planning.change(ticketingSystem.api(), own, "Renamed by the ticketing system", true);
        String witness = planning.sessionGroup("Witness", true);
        planning.awaitTicketing(witness, t -> "6000".equals(t.getString("remote_id", null)));

        assertThat(stub.received("PUT", "/events/6000"))
                .isNotEmpty()
                .noneSatisfy(put -> assertThat(put.getBodyAsString()).contains("Renamed by the ticketing system"));
    }

    @Test
    void parallelChangesCreateOneEvent() throws Exception {
        TicketmaticStub stub = new TicketmaticStub();
        stub.acceptsEvents(9000);
        Planning planning = new Planning();
        Links.create("ticketmatic", stub.configuration(), List.of(planning.team));
        String group = planning.sessionGroup("Parallel 0", true);
        int parallel = 8;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<?>> changes = new ArrayList<>();
            for (int i = 1; i <= parallel; i++) {
                String title = "Parallel " + i;
                changes.add(pool.submit(() -> planning.change(planning.api, group, title, true)));
            }
            for (Future<?> change : changes) {
                change.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        String last = planning.read(group).getString("title");

        Planning.await(
                () -> stub.received("PUT", "/events/9000").stream()
                        .anyMatch(put -> put.getBodyAsString().contains("\"" + last + "\"")),
                Boolean::booleanValue,
                "the last title in Ticketmatic");
        assertThat(stub.received("POST", "/events")).hasSize(1);
    }

    @Test
    void failuresAreLoggedAndRetriedLater() {
        TicketmaticStub stub = new TicketmaticStub();
        Planning planning = new Planning();
        String link = Links.create("ticketmatic", stub.configuration(), List.of(planning.team));
        stub.answers(
                post(urlPathEqualTo(stub.base() + "/events")),
                TicketmaticStub.json(500, "{\"code\":500,\"message\":\"Database unavailable\"}"));

        String group = planning.sessionGroup("Retried", true);

        // (the group's first push, before its session exists, may say it has no sessions yet)
        JsonObject failed =
                planning.awaitTicketing(group, t -> t.getString("error", "").contains("500"));
        assertThat(failed.getJsonObject("ticketing").getString("error")).contains("Database unavailable");
        Planning.await(() -> stub.received("POST", "/events").size(), count -> count >= 2, "a retry");
        assertThat(Links.runs(link)).anySatisfy(run -> {
            assertThat(run.getString("outcome")).isEqualTo("ERROR");
            assertThat(run.getString("message")).contains("Database unavailable");
        });

        stub.acceptsEvents(7000);
        JsonObject recovered = planning.awaitTicketing(group, t -> "7000".equals(t.getString("remote_id", null)));
        assertThat(recovered.getJsonObject("ticketing").isNull("error")).isTrue();
    }

    @Test
    void tooManyRequestsAndTimeoutsBackOff() {
        TicketmaticStub stub = new TicketmaticStub();
        Planning planning = new Planning();
        String link = Links.create("ticketmatic", stub.configuration(), List.of(planning.team));
        stub.answers(
                post(urlPathEqualTo(stub.base() + "/events")),
                TicketmaticStub.json(429, "{\"code\":429,\"message\":\"Rate limit exceeded\"}")
                        .withHeader("Retry-After", "1"));
        String limited = planning.sessionGroup("Limited", true);
        planning.awaitTicketing(limited, t -> t.getString("error", "").contains("429"));

        stub.answers(
                post(urlPathEqualTo(stub.base() + "/events")),
                TicketmaticStub.json(200, "{\"id\":8000,\"currentstatus\":19001}")
                        .withFixedDelay(3000));
        planning.awaitTicketing(limited, t -> t.getString("error", "").contains("did not answer"));

        stub.acceptsEvents(8000);
        planning.awaitTicketing(limited, t -> "8000".equals(t.getString("remote_id", null)) && t.isNull("error"));
        stub.answers(
                get(urlPathEqualTo(stub.base() + "/events/8000")),
                TicketmaticStub.json(429, "{\"code\":429,\"message\":\"Slow down\"}")
                        .withHeader("Retry-After", "60"));
        Links.sync(link);
        Planning.await(
                () -> Links.runs(link),
                runs -> runs.stream()
                        .anyMatch(run -> run.getString("kind").equals("PULL")
                                && run.getString("message").contains("Slow down")),
                "a pull that met a 429");
    }

    private static JsonObject json(LoggedRequest request) {
        return Json.createReader(new StringReader(request.getBodyAsString())).readObject();
    }

    private static String linkOf(JsonObject group) {
        return group.getJsonObject("ticketing").getString("link");
    }
}
