package koppel.it.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import koppel.it.Deployments;
import koppel.it.api.Api;
import koppel.it.api.Api.Reply;
import koppel.it.api.Fixtures;
import koppel.it.api.Fixtures.Key;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may see and change a team's webhook endpoints: keys with the webhooks permission (read to
 * look, write to change) on that team; another team's endpoint is refused through a team the key
 * was granted, as every team's resource is, and so is a team it was not granted.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookEndpointAccessIT {

    private Key key;
    private Api api;
    private String integration;
    private String endpoints;

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @BeforeEach
    void aKeyWithWriteOnWebhooksAndAnIntegration() {
        key = Fixtures.key(List.of(Fixtures.team()), Map.of("webhooks", "write"), b -> b.add("rate_per_second", 1000));
        api = key.api();
        integration = Fixtures.webhookIntegration();
        endpoints = "/teams/" + key.team() + "/webhook-endpoints";
    }

    @Test
    void anotherTeamsEndpointAndAnotherTeamAreRefused() {
        String otherTeam = Fixtures.team();
        Key both = Fixtures.key(
                List.of(key.team(), otherTeam), Map.of("webhooks", "write"), b -> b.add("rate_per_second", 1000));
        String id = api.post(endpoints, endpoint().build()).json().getString("id");
        String throughTheOtherTeam = "/teams/" + otherTeam + "/webhook-endpoints/" + id;

        assertThat(both.api().get(throughTheOtherTeam).status()).isEqualTo(403);
        assertThat(both.api().get(throughTheOtherTeam + "/deliveries").status()).isEqualTo(403);
        assertThat(both.api().put(throughTheOtherTeam, endpoint().build()).status())
                .isEqualTo(403);
        assertThat(both.api()
                        .send("POST", throughTheOtherTeam + "/rotate-secret", null, null)
                        .status())
                .isEqualTo(403);
        for (String operation : List.of("/ping", "/recover")) {
            assertThat(both.api()
                            .send("POST", throughTheOtherTeam + operation, "{}", "application/json")
                            .status())
                    .as(operation)
                    .isEqualTo(403);
        }
        assertThat(both.api().delete(throughTheOtherTeam).status()).isEqualTo(403);
        assertThat(api.get(endpoints + "/" + id).status()).as("still there").isEqualTo(200);

        Reply notGranted = api.get("/teams/" + otherTeam + "/webhook-endpoints");
        assertThat(notGranted.status()).isEqualTo(403);
        assertThat(notGranted.detail()).isEqualTo("You do not have permission to perform this action.");
    }

    @Test
    void theWebhooksPermissionIsNeeded() {
        Api none = Fixtures.key(List.of(key.team()), Map.of("clients", "write"), b -> b.add("rate_per_second", 1000))
                .api();
        Api reader = Fixtures.key(List.of(key.team()), Map.of("webhooks", "read"), b -> b.add("rate_per_second", 1000))
                .api();
        String id = api.post(endpoints, endpoint().build()).json().getString("id");

        assertThat(none.get(endpoints).status()).isEqualTo(403);
        assertThat(none.get(endpoints + "/" + id).status()).isEqualTo(403);
        assertThat(reader.get(endpoints).status()).isEqualTo(200);
        assertThat(reader.get(endpoints + "/" + id).status()).isEqualTo(200);
        assertThat(reader.post(endpoints, endpoint().build()).status()).isEqualTo(403);
        assertThat(reader.send("POST", endpoints + "/" + id + "/rotate-secret", null, null)
                        .status())
                .isEqualTo(403);
        assertThat(reader.delete(endpoints + "/" + id).status()).isEqualTo(403);
    }

    private JsonObjectBuilder endpoint() {
        return Json.createObjectBuilder().add("integration", integration).add("url", WebhookEndpointsIT.URL);
    }
}
