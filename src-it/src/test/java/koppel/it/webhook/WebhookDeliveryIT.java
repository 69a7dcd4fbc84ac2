package koppel.it.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import koppel.it.Deployments;
import koppel.it.api.Api.Reply;
import koppel.it.api.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Changes become signed webhooks: every create, update and delete of the API, verified as a
 * Standard Webhooks receiver verifies it, with the payload the contract describes; only the types
 * an endpoint subscribes to; nested payments; an integration's own changes left out; nothing for a
 * change that was refused.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookDeliveryIT {

    static final Duration SOON = Duration.ofSeconds(20);

    @RegisterExtension
    static final Receiver receiver = Receiver.perClass();

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void everyChangeArrivesSignedWithThePayloadOfTheContract() {
        Hooks hooks = new Hooks();
        String path = receiver.newPath();
        String secret = hooks.endpoint(hooks.integration(), receiver.url(path)).getString("secret");

        String client = hooks.client("Signed");
        String address = "/teams/" + hooks.team + "/clients/" + client;
        hooks.api.put(
                address,
                Json.createObjectBuilder()
                        .add("first_name", "Hook")
                        .add("last_name", "Renamed")
                        .add("external_reference", "ext-Signed")
                        .build());
        hooks.api.delete(address);

        List<Receiver.Arrival> arrivals = receiver.await(path, SOON, now -> now.size() >= 3);
        assertThat(arrivals)
                .extracting(a -> a.json().getString("type"))
                .containsExactlyInAnyOrder("client.created", "client.updated", "client.deleted");
        for (Receiver.Arrival arrival : arrivals) {
            assertThat(StandardWebhooks.verifies(secret, arrival))
                    .as(arrival.toString())
                    .isTrue();
            JsonObject payload = arrival.json();
            assertThat(arrival.header("webhook-id")).isEqualTo(payload.getString("id"));
            assertThat(UUID.fromString(payload.getString("id")).version()).isEqualTo(4);
            assertThat(payload.getString("team")).isEqualTo(hooks.team);
            assertThat(Instant.parse(payload.getString("occurred_at")))
                    .isBefore(Instant.now().plusSeconds(1));
            assertThat(payload.getJsonObject("resource").getString("id")).isEqualTo(client);
            assertThat(payload.getJsonObject("resource").getString("type")).isEqualTo("client");
            assertThat(payload.getJsonObject("resource").getString("external_reference"))
                    .isEqualTo("ext-Signed");
            assertThat(payload.getString("link")).isEqualTo("http://localhost:8080/api/v1" + address);
            assertThat(payload.getString("type")).isEqualTo("client." + payload.getString("event"));
            assertThat(arrival.header("content-type")).startsWith("application/json");
        }
        assertThat(arrivals).extracting(a -> a.header("webhook-id")).doesNotHaveDuplicates();
        assertThat(StandardWebhooks.verifies("whsec_" + "A".repeat(43) + "=", arrivals.get(0)))
                .isFalse();
    }

    @Test
    void anEndpointHearsOnlyTheTypesItSubscribesTo() {
        Hooks hooks = new Hooks();
        String everything = receiver.newPath();
        String deletions = receiver.newPath();
        String integration = hooks.integration();
        hooks.endpoint(integration, receiver.url(everything));
        hooks.endpoint(integration, receiver.url(deletions), List.of("client.deleted"), true);

        String client = hooks.client("Filtered");
        hooks.api.delete("/teams/" + hooks.team + "/clients/" + client);

        receiver.await(everything, SOON, now -> now.size() >= 2);
        List<Receiver.Arrival> deleted = receiver.await(deletions, SOON, now -> !now.isEmpty());
        assertThat(deleted).extracting(a -> a.json().getString("type")).containsOnly("client.deleted");
    }

    @Test
    void anOrderThatGainsAPaymentRaisesBothEvents() {
        Hooks hooks = new Hooks();
        String path = receiver.newPath();
        hooks.endpoint(hooks.integration(), receiver.url(path), List.of("order.updated", "payment.created"), true);
        String client = hooks.client("Payer");
        String orders = "/teams/" + hooks.team + "/orders";
        String order = hooks.api
                .post(orders, Json.createObjectBuilder().add("client", client).build())
                .json()
                .getString("id");

        Reply paid = hooks.api.put(
                orders + "/" + order,
                Json.createObjectBuilder()
                        .add("client", client)
                        .add(
                                "payments",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("amount", "10.00")
                                                .add("method", "cash")))
                        .build());

        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        String payment = paid.json().getJsonArray("payments").getJsonObject(0).getString("id");
        Receiver.Arrival paymentEvent = receiver.awaitType(path, "payment.created", SOON);
        assertThat(paymentEvent.json().getJsonObject("resource").getString("id"))
                .isEqualTo(payment);
        assertThat(paymentEvent.json().getString("link")).endsWith(orders + "/" + order);
        receiver.awaitType(path, "order.updated", SOON);
    }

    @Test
    void changesMadeWithAnIntegrationsKeyAreNotSentBackToIt() {
        Hooks admin = new Hooks();
        String integration = admin.integration();
        String own = receiver.newPath();
        String others = receiver.newPath();
        admin.endpoint(integration, receiver.url(own));
        admin.endpoint(integration, receiver.url(others), List.of("*"), false);
        Hooks linked = new Hooks(
                Fixtures.key(List.of(admin.team), Hooks.PERMISSIONS, b -> b.add("webhook_integration", integration)));

        String echoed = linked.client("Echo");
        String witnessed = admin.client("Witness");

        receiver.await(others, SOON, now -> now.size() >= 2);
        List<Receiver.Arrival> ownArrivals = receiver.await(own, SOON, now -> !now.isEmpty());
        assertThat(ownArrivals)
                .extracting(a -> a.json().getJsonObject("resource").getString("id"))
                .containsOnly(witnessed)
                .doesNotContain(echoed);
    }

    @Test
    void aRefusedChangeSendsNothing() {
        Hooks hooks = new Hooks();
        String path = receiver.newPath();
        hooks.endpoint(hooks.integration(), receiver.url(path));
        String refusedId = UUID.randomUUID().toString();

        Reply refused = hooks.api.put(
                "/teams/" + hooks.team + "/clients/" + refusedId,
                Json.createObjectBuilder()
                        .add("first_name", "No")
                        .add("email", "not an address")
                        .build());
        String accepted = hooks.client("Accepted");

        assertThat(refused.status()).isEqualTo(400);
        List<Receiver.Arrival> arrivals = receiver.await(path, SOON, now -> !now.isEmpty());
        assertThat(arrivals)
                .extracting(a -> a.json().getJsonObject("resource").getString("id"))
                .containsOnly(accepted);
    }

    @Test
    void teamsRaiseTheirOwnEventsAndADeletedTeamOnlyItsDeletion() {
        Hooks hooks = new Hooks();
        String path = receiver.newPath();
        hooks.endpoint(hooks.integration(), receiver.url(path));
        hooks.client("Doomed");
        receiver.awaitType(path, "client.created", SOON);

        Reply renamed = hooks.api.put(
                "/teams/" + hooks.team,
                Json.createObjectBuilder()
                        .add("name", Fixtures.unique("Renamed"))
                        .build());
        Reply deleted = hooks.api.delete("/teams/" + hooks.team);

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        receiver.awaitType(path, "team.updated", SOON);
        Receiver.Arrival gone = receiver.awaitType(path, "team.deleted", SOON);
        assertThat(gone.json().getJsonObject("resource").getString("id")).isEqualTo(hooks.team);
        assertThat(receiver.arrivals(path))
                .extracting(a -> a.json().getString("type"))
                .doesNotContain("client.deleted");
    }
}
