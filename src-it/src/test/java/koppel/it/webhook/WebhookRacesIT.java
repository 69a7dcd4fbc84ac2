package koppel.it.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import koppel.it.AtOnce;
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
 * Requests that race each other over the same webhook data get clear answers and leave it whole:
 * a retry while an attempt of the delivery is under way, endpoints made for an integration that
 * another request deletes at that moment, and creating PUTs of one id at once (one creates, the
 * others replace, as with every PUT of the API).
 */
@ExtendWith(ArquillianExtension.class)
class WebhookRacesIT {

    private static final int PARALLEL = 8;
    private static final int CREATES = 40;
    private static final int ROUNDS = 3;

    @RegisterExtension
    static final Receiver receiver = Receiver.perClass();

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void aRetryWhileAnAttemptIsUnderWayIsRefusedAndOneAfterItIsTaken() {
        Hooks hooks = new Hooks();
        String path = receiver.newPath();
        receiver.delay(path, Duration.ofSeconds(3));
        String endpoint =
                hooks.endpoint(hooks.integration(), receiver.url(path)).getString("id");
        hooks.client("Slowly received");
        // the receiver holds the request: the attempt is under way
        receiver.awaitType(path, "client.created", WebhookDeliveryIT.SOON);
        JsonObject pending = WebhookOperationsIT.awaitDelivery(hooks, endpoint, "pending");
        String address = hooks.deliveriesPath(endpoint) + "/" + pending.getString("id");

        Reply during =
                hooks.api.post(address + "/retry", Json.createObjectBuilder().build());

        assertThat(during.status()).as(during.toString()).isEqualTo(409);
        assertThat(during.detail()).contains("under way");
        JsonObject delivered = WebhookOperationsIT.awaitDelivery(hooks, endpoint, "delivered");
        assertThat(delivered.getInt("attempt_count")).isEqualTo(1);
        Reply after =
                hooks.api.post(address + "/retry", Json.createObjectBuilder().build());
        assertThat(after.status()).as(after.toString()).isEqualTo(202);
        receiver.await(path, WebhookDeliveryIT.SOON, arrivals -> arrivals.size() == 2);
    }

    @Test
    void endpointsMadeForAnIntegrationBeingDeletedAreMadeOrRefusedNeverLeftBehind() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(PARALLEL);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Hooks hooks = new Hooks();
                createWhileDeleting(hooks, hooks.integration(), threads);
                // whatever was made before the deletion went with the integration
                Reply left = hooks.api.get(hooks.endpoints() + "?limit=100");
                assertThat(left.status()).as(left.toString()).isEqualTo(200);
                assertThat(left.results()).as("round %d", round).isEmpty();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void creatingPutsOfOneIntegrationAtOnceMakeItOnceAndReplaceIt() throws Exception {
        Hooks hooks = new Hooks();
        String path = "/webhook-integrations/" + UUID.randomUUID();
        String name = Fixtures.unique("Raced integration");

        List<Reply> replies = AtOnce.run(
                PARALLEL,
                i -> hooks.api.put(
                        path,
                        Json.createObjectBuilder().add("name", name + " " + i).build()));

        assertOneCreatedOthersReplaced(replies);
        Reply kept = hooks.api.get(path);
        assertThat(kept.json().getString("name")).startsWith(name);
    }

    @Test
    void creatingPutsOfOneEndpointAtOnceMakeItOnceAndReplaceIt() throws Exception {
        Hooks hooks = new Hooks();
        String integration = hooks.integration();
        String path = hooks.endpointPath(UUID.randomUUID().toString());

        List<Reply> replies = AtOnce.run(
                PARALLEL,
                i -> hooks.api.put(
                        path,
                        Json.createObjectBuilder()
                                .add("integration", integration)
                                .add("url", receiver.url(receiver.newPath()))
                                .build()));

        assertOneCreatedOthersReplaced(replies);
        Reply listed = hooks.api.get(hooks.endpoints() + "?limit=100");
        assertThat(listed.results()).hasSize(1);
    }

    private static void assertOneCreatedOthersReplaced(List<Reply> replies) {
        assertThat(replies)
                .as("answers")
                .allSatisfy(
                        reply -> assertThat(reply.status()).as(reply.toString()).isIn(200, 201));
        assertThat(replies.stream().filter(reply -> reply.status() == 201))
                .as("creations")
                .hasSize(1);
    }

    private static void createWhileDeleting(Hooks hooks, String integration, ExecutorService threads) throws Exception {
        String url = receiver.url(receiver.newPath());
        List<Future<Reply>> requests = new ArrayList<>();
        for (int i = 0; i < CREATES; i++) {
            requests.add(threads.submit(() -> hooks.api.post(
                    hooks.endpoints(),
                    Json.createObjectBuilder()
                            .add("integration", integration)
                            .add("url", url)
                            .build())));
            if (i == CREATES / 4) {
                requests.add(threads.submit(() -> hooks.api.delete("/webhook-integrations/" + integration)));
            }
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Reply> request : requests) {
            Reply reply = request.get();
            statuses.add(reply.status());
            assertThat(reply.status()).as(reply.toString()).isIn(201, 204, 400, 409);
        }
        assertThat(statuses).as("the deletion").contains(204);
    }
}
