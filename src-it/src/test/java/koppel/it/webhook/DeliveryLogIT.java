package koppel.it.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import koppel.it.Deployments;
import koppel.it.api.Api.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An endpoint's delivery log under the API's conventions (a list's window and filters checked all
 * at once, no expansion, an {@code ETag} on each delivery), and the test event's place in it: a ping
 * that failed is neither retried, nor sent again by a recovery, nor counted in the endpoint's health.
 */
@ExtendWith(ArquillianExtension.class)
class DeliveryLogIT {

    private static final Duration SOON = WebhookDeliveryIT.SOON;

    @RegisterExtension
    static final Receiver receiver = Receiver.perClass();

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void aListWithABadWindowOrFilterIsA400NamingEachAtOnce() {
        Hooks hooks = new Hooks();
        String deliveries = hooks.deliveriesPath(hooks.endpoint(hooks.integration(), receiver.url(receiver.newPath()))
                .getString("id"));

        Reply negative = hooks.api.get(deliveries + "?limit=-1&offset=-1&status=sent&ordering=id");
        Reply zero = hooks.api.get(deliveries + "?limit=0");
        Reply expanded = hooks.api.get(deliveries + "?expand=event");

        assertThat(negative.status()).as(negative.toString()).isEqualTo(400);
        JsonObject errors = negative.json();
        assertThat(errors.keySet()).containsExactlyInAnyOrder("limit", "offset", "status", "ordering");
        assertThat(errors.getJsonArray("status").getString(0))
                .isEqualTo("Select a valid choice. sent is not one of the available choices.");
        assertThat(zero.status()).as(zero.toString()).isEqualTo(400);
        assertThat(zero.json().getJsonArray("limit").getString(0))
                .isEqualTo("Ensure this value is greater than or equal to 1.");
        assertThat(expanded.status()).as(expanded.toString()).isEqualTo(400);
        assertThat(expanded.json().keySet()).containsExactly("expand");
    }

    @Test
    void aDeliveryCarriesAnETagThatChangesWithIt() {
        Hooks hooks = new Hooks();
        String path = receiver.newPath();
        receiver.answer(path, 500);
        String endpoint =
                hooks.endpoint(hooks.integration(), receiver.url(path)).getString("id");

        Reply ping = hooks.api.post(
                hooks.endpointPath(endpoint) + "/ping",
                Json.createObjectBuilder().build());

        assertThat(ping.status()).as(ping.toString()).isEqualTo(200);
        assertThat(ping.json().getString("status")).isEqualTo("failed");
        String address = hooks.deliveriesPath(endpoint) + "/" + ping.json().getString("id");
        Reply read = hooks.api.get(address);
        assertThat(read.header("ETag")).isPresent().isEqualTo(ping.header("ETag"));
        Reply retried =
                hooks.api.post(address + "/retry", Json.createObjectBuilder().build());
        assertThat(retried.status()).as(retried.toString()).isEqualTo(202);
        assertThat(retried.header("ETag")).isPresent().isNotEqualTo(read.header("ETag"));
        assertThat(hooks.api.get(address + "?expand=attempts").status()).isEqualTo(400);
    }

    @Test
    void aFailedPingIsNeitherRetriedNorRecoveredNorCountedInTheHealth() {
        Hooks hooks = new Hooks();
        String path = receiver.newPath();
        receiver.answer(path, 503);
        String endpoint =
                hooks.endpoint(hooks.integration(), receiver.url(path)).getString("id");
        // after the team's creation: an event this new endpoint missed, which a recovery would deliver
        Instant before = Instant.now();

        Reply ping = hooks.api.post(
                hooks.endpointPath(endpoint) + "/ping",
                Json.createObjectBuilder().build());
        Reply recovered = hooks.api.post(
                hooks.endpointPath(endpoint) + "/recover",
                Json.createObjectBuilder().add("since", before.toString()).build());

        assertThat(ping.json().getString("status")).as(ping.toString()).isEqualTo("failed");
        assertThat(ping.json().isNull("next_attempt_at")).isTrue();
        assertThat(recovered.status()).as(recovered.toString()).isEqualTo(202);
        assertThat(recovered.json().getInt("queued")).isZero();
        JsonObject health = hooks.api.get(hooks.endpointPath(endpoint)).json();
        assertThat(health.getString("status")).isEqualTo("enabled");
        assertThat(health.isNull("failing_since")).isTrue();
        // a change after it arrives, and the ping has not come again before it
        hooks.client("After the ping");
        receiver.awaitType(path, "client.created", SOON);
        assertThat(receiver.arrivals(path))
                .filteredOn(a -> a.json().getString("type").equals("webhook.ping"))
                .hasSize(1);
    }

    @Test
    void aPingAnsweredWith410DisablesTheEndpointAsAnyDeliveryDoes() {
        Hooks hooks = new Hooks();
        String path = receiver.newPath();
        receiver.answer(path, 410);
        String endpoint =
                hooks.endpoint(hooks.integration(), receiver.url(path)).getString("id");

        Reply ping = hooks.api.post(
                hooks.endpointPath(endpoint) + "/ping",
                Json.createObjectBuilder().build());

        assertThat(ping.json().getString("status")).as(ping.toString()).isEqualTo("failed");
        JsonObject health = hooks.api.get(hooks.endpointPath(endpoint)).json();
        assertThat(health.getString("status")).isEqualTo("disabled");
        assertThat(health.getString("disabled_reason")).contains("410 Gone");
    }
}
