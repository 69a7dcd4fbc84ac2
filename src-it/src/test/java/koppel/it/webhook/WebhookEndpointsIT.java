package koppel.it.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * {@code /teams/{teamId}/webhook-endpoints}: a team's endpoints, with their defaults and health;
 * the secret shown once, by the write that made it; URLs into the installation's own networks,
 * unknown integrations and event types refused by name. Who may do it: {@link WebhookEndpointAccessIT}.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookEndpointsIT {

    /** An address of TEST-NET-3 (RFC 5737): public as far as the target guard is concerned, resolved without DNS. */
    static final String URL = "https://203.0.113.7/hooks/koppel";

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
    void aNewEndpointHasTheDefaultsAndShowsItsSecretOnce() {
        Reply created = api.post(endpoints, endpoint().build());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject endpoint = created.json();
        String path = endpoints + "/" + endpoint.getString("id");
        assertThat(created.header("Location")).contains(Api.url(path));
        assertThat(created.header("ETag")).isPresent();
        assertThat(endpoint.getString("integration")).isEqualTo(integration);
        assertThat(endpoint.getString("url")).isEqualTo(URL);
        assertThat(strings(endpoint, "event_types")).containsExactly("*");
        assertThat(endpoint.getBoolean("enabled")).isTrue();
        assertThat(endpoint.getBoolean("exclude_own_changes")).isTrue();
        assertThat(endpoint.getString("status")).isEqualTo("enabled");
        for (String nothingYet :
                List.of("description", "max_rate", "failing_since", "disabled_reason", "last_success")) {
            assertThat(created.isNull(nothingYet)).as(nothingYet).isTrue();
        }
        assertSecret(endpoint.getString("secret"));

        Reply read = api.get(path);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo(created.header("ETag"));
        assertThat(read.json().keySet())
                .containsExactlyInAnyOrder(
                        "id",
                        "integration",
                        "url",
                        "description",
                        "event_types",
                        "enabled",
                        "max_rate",
                        "exclude_own_changes",
                        "status",
                        "failing_since",
                        "disabled_reason",
                        "last_success",
                        "created",
                        "last_modified");
        assertThat(read.toString()).doesNotContain(endpoint.getString("secret"));
        assertThat(api.get(endpoints).toString())
                .contains(endpoint.getString("id"))
                .doesNotContain("secret");
    }

    @Test
    void rotatingGivesANewSecretShownOnce() {
        JsonObject endpoint = api.post(endpoints, endpoint().build()).json();
        String path = endpoints + "/" + endpoint.getString("id");

        Reply rotated = api.send("POST", path + "/rotate-secret", null, null);

        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        assertThat(rotated.header("ETag")).isPresent();
        String secret = rotated.json().getString("secret");
        assertSecret(secret);
        assertThat(secret).isNotEqualTo(endpoint.getString("secret"));
        assertThat(rotated.json().getString("id")).isEqualTo(endpoint.getString("id"));
        assertThat(api.get(path).toString()).doesNotContain(secret).doesNotContain("secret");
        assertThat(api.send("POST", endpoints + "/" + UUID.randomUUID() + "/rotate-secret", null, null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void urlsIntoTheInstallationsOwnNetworksAreRefused() {
        for (String internal : List.of("http://127.0.0.1:9/x", "http://localhost:9/x", "http://10.0.0.1/x")) {
            Reply refused = api.post(endpoints, endpoint().add("url", internal).build());

            assertThat(refused.status()).as(internal).isEqualTo(400);
            assertThat(refused.json().keySet()).as(internal).containsExactly("url");
            assertThat(refused.json().getJsonArray("url").getString(0))
                    .contains("loopback, private, link-local or multicast");
        }
        Reply notHttp =
                api.post(endpoints, endpoint().add("url", "ftp://203.0.113.7/x").build());
        assertThat(notHttp.json().getJsonArray("url").getString(0)).isEqualTo("Enter a valid URL.");
        for (String impossiblePort : List.of("https://203.0.113.7:0/x", "https://203.0.113.7:99999/x")) {
            assertThat(api.post(endpoints, endpoint().add("url", impossiblePort).build())
                            .json()
                            .getJsonArray("url")
                            .getString(0))
                    .as(impossiblePort)
                    .isEqualTo("Enter a valid URL.");
        }
        assertThat(api.get(endpoints).json().getInt("count")).isZero();
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        Reply invalid = api.post(
                endpoints,
                Json.createObjectBuilder()
                        .add(
                                "event_types",
                                Json.createArrayBuilder().add("client.created").add("client.renamed"))
                        .add("max_rate", 0)
                        .add("enabled", "yes")
                        .build());

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().keySet())
                .containsExactlyInAnyOrder("integration", "url", "event_types", "max_rate", "enabled");
        assertThat(invalid.json().getJsonArray("integration").getString(0)).isEqualTo("This field is required.");
        assertThat(invalid.json().getJsonArray("event_types").getString(0))
                .isEqualTo("\"client.renamed\" is not a valid choice.");

        String noSuchIntegration = UUID.randomUUID().toString();
        Reply unknownIntegration = api.post(
                endpoints, endpoint().add("integration", noSuchIntegration).build());
        assertThat(unknownIntegration.status()).isEqualTo(400);
        assertThat(unknownIntegration.json().keySet()).containsExactly("integration");
        assertThat(unknownIntegration.json().getJsonArray("integration").getString(0))
                .isEqualTo("Invalid pk \"" + noSuchIntegration + "\" - object does not exist.");
        Reply noTypes = api.post(
                endpoints,
                endpoint().add("event_types", Json.createArrayBuilder()).build());
        assertThat(noTypes.status()).isEqualTo(400);
        assertThat(noTypes.json().getJsonArray("event_types").getString(0)).isEqualTo("This list may not be empty.");
        Reply unknownIntegrationAndMore = api.post(
                endpoints,
                endpoint()
                        .add("integration", UUID.randomUUID().toString())
                        .add("max_rate", 0)
                        .add("event_types", Json.createArrayBuilder().add("client.renamed"))
                        .build());
        assertThat(unknownIntegrationAndMore.json().keySet())
                .containsExactlyInAnyOrder("integration", "max_rate", "event_types");
        assertThat(api.post(endpoints, endpoint().add("max_rate", 10_001).build())
                        .json()
                        .keySet())
                .containsExactly("max_rate");
        Reply fastest = api.post(endpoints, endpoint().add("max_rate", 10_000).build());
        assertThat(fastest.status()).isEqualTo(201);
        assertThat(fastest.json().getInt("max_rate")).isEqualTo(10_000);
    }

    @Test
    void aPutReplacesKeepsTheSecretAndDisablesOrEnables() {
        Reply created = api.post(endpoints, endpoint().build());
        String path = endpoints + "/" + created.json().getString("id");
        String etag = created.header("ETag").orElseThrow();

        Reply disabled = api.put(
                path,
                endpoint()
                        .add("enabled", false)
                        .add("exclude_own_changes", false)
                        .add("description", "The CRM")
                        .add(
                                "event_types",
                                Json.createArrayBuilder()
                                        .add("client.created")
                                        .add("order.updated")
                                        .add("client.created"))
                        .add("max_rate", 10)
                        .build(),
                "If-Match",
                etag);

        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(disabled.json().containsKey("secret")).isFalse();
        assertThat(disabled.json().getString("status")).isEqualTo("disabled");
        assertThat(disabled.json().getString("disabled_reason")).isNotBlank();
        assertThat(disabled.json().getBoolean("exclude_own_changes")).isFalse();
        // a type named twice is kept once
        assertThat(strings(disabled.json(), "event_types")).containsExactly("client.created", "order.updated");
        assertThat(api.put(path, endpoint().build(), "If-Match", etag).status())
                .as("a stale ETag")
                .isEqualTo(412);

        Reply enabled = api.put(path, endpoint().build());
        assertThat(enabled.json().getString("status")).isEqualTo("enabled");
        assertThat(enabled.isNull("disabled_reason")).isTrue();
        assertThat(enabled.isNull("description")).isTrue();

        assertThat(api.delete(path, "If-Match", etag).status()).isEqualTo(412);
        assertThat(api.delete(path).status()).isEqualTo(204);
        assertThat(api.get(path).status()).isEqualTo(404);
    }

    @Test
    void aPutToANewIdCreatesTheEndpointWithItsSecret() {
        String path = endpoints + "/" + UUID.randomUUID();

        Reply created = api.put(path, endpoint().build());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).contains(Api.url(path));
        assertSecret(created.json().getString("secret"));
        assertThat(api.put(path, endpoint().build()).json().containsKey("secret"))
                .isFalse();
    }

    @Test
    void listsArePagedAndFiltered() {
        for (int i = 0; i < 3; i++) {
            assertThat(api.post(endpoints, endpoint().add("enabled", i != 1).build())
                            .status())
                    .isEqualTo(201);
        }

        Reply first = api.get(endpoints + "?limit=2");
        Reply second = api.get(first.json().getString("next"));

        assertThat(first.json().getInt("count")).isEqualTo(3);
        assertThat(first.results()).hasSize(2);
        assertThat(first.isNull("previous")).isTrue();
        assertThat(second.results()).hasSize(1);
        assertThat(second.isNull("next")).isTrue();
        assertThat(second.json().getString("previous")).contains("limit=2");
        assertThat(api.get(endpoints + "?enabled=false").json().getInt("count")).isEqualTo(1);
        assertThat(api.get(endpoints + "?integration=" + integration).json().getInt("count"))
                .isEqualTo(3);
        assertThat(api.get(endpoints + "?secret=x").status()).isEqualTo(400);
    }

    @Test
    void anIdempotencyKeyReplaysTheCreationWithTheSameSecret() {
        String body = endpoint().build().toString();
        String idempotencyKey = UUID.randomUUID().toString();

        Reply first = api.send("POST", endpoints, body, "application/json", "Idempotency-Key", idempotencyKey);
        Reply again = api.send("POST", endpoints, body, "application/json", "Idempotency-Key", idempotencyKey);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().getString("id")).isEqualTo(first.json().getString("id"));
        assertThat(again.json().getString("secret")).isEqualTo(first.json().getString("secret"));
        assertThat(api.get(endpoints).json().getInt("count")).isEqualTo(1);
    }

    private JsonObjectBuilder endpoint() {
        return Json.createObjectBuilder().add("integration", integration).add("url", URL);
    }

    private static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    /** Standard Webhooks' form: "whsec_" and the base64 of the key, here 32 random bytes. */
    private static void assertSecret(String secret) {
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length())))
                .hasSize(32);
    }
}
