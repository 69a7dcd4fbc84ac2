package koppel.it.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import koppel.it.Deployments;
import koppel.it.api.Api.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What happens after the first attempt, and what an endpoint's owner can do about it: retries on
 * the configured schedule (1 s apart in the tests) with every attempt kept, {@code 410 Gone},
 * rotation with two signatures, ping, resend, and recovering what a disabled endpoint missed.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookOperationsIT {

    private static final Duration SOON = WebhookDeliveryIT.SOON;

    @RegisterExtension
    static final Receiver receiver = Receiver.perClass();

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void failedAttemptsAreRetriedUntilOneSucceedsAndEveryAttemptIsKept() {
        Hooks hooks = new Hooks();
        String path = receiver.newPath();
        receiver.answer(path, 500, 503);
        String endpoint =
                hooks.endpoint(hooks.integration(), receiver.url(path)).getString("id");

        hooks.client("Retried");

        List<Receiver.Arrival> arrivals = receiver.await(path, SOON, now -> now.size() >= 3);
        assertThat(arrivals)
                .extracting(a -> a.header("webhook-id"))
                .containsOnly(arrivals.get(0).header("webhook-id"));
        assertThat(Duration.between(arrivals.get(0).at(), arrivals.get(1).at())).isGreaterThan(Duration.ofMillis(800));
        JsonObject delivery = awaitDelivery(hooks, endpoint, "delivered");
        assertThat(delivery.getInt("attempt_count")).isEqualTo(3);
        JsonObject detail = hooks.api
                .get(hooks.deliveriesPath(endpoint) + "/" + delivery.getString("id"))
                .json();
        assertThat(detail.getJsonArray("attempts"))
                .extracting(a -> a.asJsonObject().getInt("status_code"))
                .containsExactly(500, 503, 200);
        assertThat(detail.getJsonArray("attempts").getJsonObject(2).getString("response"))
                .contains("received");
        JsonObject health = hooks.api.get(hooks.endpoints() + "/" + endpoint).json();
        assertThat(health.getString("status")).isEqualTo("enabled");
        assertThat(health.isNull("last_success")).isFalse();
    }

    @Test
    void maxRateSpacesTheDeliveriesToAnEndpoint() {
        Hooks hooks = new Hooks();
        String path = receiver.newPath();
        Reply created = hooks.api.post(
                hooks.endpoints(),
                Json.createObjectBuilder()
                        .add("integration", hooks.integration())
                        .add("url", receiver.url(path))
                        .add("max_rate", 2)
                        .build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        for (int i = 0; i < 5; i++) {
            hooks.client("Paced " + i);
        }

        List<Receiver.Arrival> arrivals = receiver.await(path, Duration.ofSeconds(30), now -> now.size() >= 5);
        List<Instant> times =
                arrivals.stream().map(Receiver.Arrival::at).sorted().toList();
        // two a second: five deliveries span at least four half-second slots, give or take scheduling
        assertThat(Duration.between(times.get(0), times.get(4))).isGreaterThan(Duration.ofMillis(1600));
    }

    @Test
    void goneDisablesTheEndpointAtOnce() {
        Hooks hooks = new Hooks();
        String path = receiver.newPath();
        receiver.answer(path, 410);
        String endpoint =
                hooks.endpoint(hooks.integration(), receiver.url(path)).getString("id");

        hooks.client("Gone");

        receiver.await(path, SOON, now -> !now.isEmpty());
        JsonObject failed = awaitDelivery(hooks, endpoint, "failed");
        assertThat(failed.getInt("attempt_count")).isEqualTo(1);
        JsonObject disabled = hooks.api.get(hooks.endpoints() + "/" + endpoint).json();
        assertThat(disabled.getString("status")).isEqualTo("disabled");
        assertThat(disabled.getString("disabled_reason")).contains("410");
        assertThat(receiver.arrivals(path)).hasSize(1);
    }

    @Test
    void afterARotationBothSecretsSign() {
        Hooks hooks = new Hooks();
        String path = receiver.newPath();
        JsonObject created = hooks.endpoint(hooks.integration(), receiver.url(path));
        String endpoint = created.getString("id");

        Reply rotated = hooks.api.post(
                hooks.endpoints() + "/" + endpoint + "/rotate-secret",
                Json.createObjectBuilder().build());
        hooks.client("Rotated");

        assertThat(rotated.status()).as(rotated.toString()).isIn(200, 201);
        String newSecret = rotated.json().getString("secret");
        assertThat(newSecret).isNotEqualTo(created.getString("secret"));
        Receiver.Arrival arrival = receiver.awaitType(path, "client.created", SOON);
        assertThat(arrival.header("webhook-signature").split(" ")).hasSize(2);
        assertThat(StandardWebhooks.verifies(newSecret, arrival)).isTrue();
        assertThat(StandardWebhooks.verifies(created.getString("secret"), arrival))
                .isTrue();
    }

    @Test
    void everySecretRotatedOutWithinADayKeepsSigningUpToFiveRotations() {
        Hooks hooks = new Hooks();
        String path = receiver.newPath();
        JsonObject created = hooks.endpoint(hooks.integration(), receiver.url(path));
        String rotate = hooks.endpoints() + "/" + created.getString("id") + "/rotate-secret";
        List<String> secrets = new java.util.ArrayList<>(List.of(created.getString("secret")));

        for (int i = 0; i < 5; i++) {
            Reply rotated = hooks.api.post(rotate, Json.createObjectBuilder().build());
            assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
            secrets.add(rotated.json().getString("secret"));
        }
        Reply sixth = hooks.api.post(rotate, Json.createObjectBuilder().build());
        hooks.client("Rotated often");

        assertThat(sixth.status()).as(sixth.toString()).isEqualTo(409);
        assertThat(sixth.json().getString("detail")).contains("rotated 5 times within 24 hours");
        Receiver.Arrival arrival = receiver.awaitType(path, "client.created", SOON);
        assertThat(arrival.header("webhook-signature").split(" ")).hasSize(6);
        assertThat(secrets)
                .hasSize(6)
                .allSatisfy(secret -> assertThat(StandardWebhooks.verifies(secret, arrival))
                        .as(secret)
                        .isTrue());
    }

    @Test
    void aPingSendsATestEventAndAnswersWithTheAttempt() {
        Hooks hooks = new Hooks();
        String path = receiver.newPath();
        JsonObject created = hooks.endpoint(hooks.integration(), receiver.url(path));
        String endpoint = created.getString("id");

        Reply ping = hooks.api.post(
                hooks.endpoints() + "/" + endpoint + "/ping",
                Json.createObjectBuilder().build());

        assertThat(ping.status()).as(ping.toString()).isEqualTo(200);
        assertThat(ping.json().getString("status")).isEqualTo("delivered");
        assertThat(ping.json().getJsonArray("attempts").getJsonObject(0).getInt("status_code"))
                .isEqualTo(200);
        Receiver.Arrival arrival = receiver.awaitType(path, "webhook.ping", SOON);
        assertThat(StandardWebhooks.verifies(created.getString("secret"), arrival))
                .isTrue();
        assertThat(arrival.json().getString("event")).isEqualTo("ping");
    }

    @Test
    void aDeliveryCanBeSentAgain() {
        Hooks hooks = new Hooks();
        String path = receiver.newPath();
        String endpoint =
                hooks.endpoint(hooks.integration(), receiver.url(path)).getString("id");
        hooks.client("Resent");
        JsonObject delivered = awaitDelivery(hooks, endpoint, "delivered");

        Reply retry = hooks.api.post(
                hooks.deliveriesPath(endpoint) + "/" + delivered.getString("id") + "/retry",
                Json.createObjectBuilder().build());

        assertThat(retry.status()).as(retry.toString()).isEqualTo(202);
        List<Receiver.Arrival> twice = receiver.await(path, SOON, now -> now.size() >= 2);
        assertThat(twice.get(1).header("webhook-id")).isEqualTo(twice.get(0).header("webhook-id"));
    }

    @Test
    void reEnablingAndRecoveringReplaysWhatTheEndpointMissed() {
        Hooks hooks = new Hooks();
        String path = receiver.newPath();
        String integration = hooks.integration();
        String endpoint = hooks.endpoint(integration, receiver.url(path)).getString("id");
        String witness = receiver.newPath();
        hooks.endpoint(integration, receiver.url(witness));
        Instant before = Instant.now().minusSeconds(1);
        Reply off = hooks.api.put(hooks.endpoints() + "/" + endpoint, settings(integration, path, false));
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        String missed = hooks.client("Missed");
        receiver.awaitType(witness, "client.created", SOON); // fanned out while the endpoint was off
        assertThat(receiver.arrivals(path)).isEmpty();
        Reply on = hooks.api.put(hooks.endpoints() + "/" + endpoint, settings(integration, path, true));
        assertThat(on.status()).as(on.toString()).isEqualTo(200);

        Reply recovered = hooks.api.post(
                hooks.endpoints() + "/" + endpoint + "/recover",
                Json.createObjectBuilder().add("since", before.toString()).build());

        assertThat(recovered.status()).as(recovered.toString()).isEqualTo(202);
        Receiver.Arrival arrival = receiver.awaitType(path, "client.created", SOON);
        assertThat(arrival.json().getJsonObject("resource").getString("id")).isEqualTo(missed);
    }

    private JsonObject settings(String integration, String path, boolean enabled) {
        return Json.createObjectBuilder()
                .add("integration", integration)
                .add("url", receiver.url(path))
                .add("event_types", Json.createArrayBuilder().add("*"))
                .add("enabled", enabled)
                .build();
    }

    /** The endpoint's first delivery once it has the status, polled until the deadline. */
    static JsonObject awaitDelivery(Hooks hooks, String endpoint, String status) {
        Instant end = Instant.now().plus(SOON);
        Reply page;
        do {
            page = hooks.api.get(hooks.deliveriesPath(endpoint) + "?status=" + status);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            if (!page.results().isEmpty()) {
                return page.results().getJsonObject(0);
            }
            sleep();
        } while (Instant.now().isBefore(end));
        throw new AssertionError("No " + status + " delivery within " + SOON + ": " + page);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
