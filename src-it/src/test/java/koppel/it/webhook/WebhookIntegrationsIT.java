package koppel.it.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
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
 * {@code /webhook-integrations}: the installation's integrations, for keys with the webhooks
 * permission and a team; names unique case aside, valid alert addresses; and the integration_data
 * custom fields that name one, written by its own keys only.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookIntegrationsIT {

    private static final String INTEGRATIONS = "/webhook-integrations";

    private Key key;
    private Api api;

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @BeforeEach
    void aKeyWithWriteOnWebhooks() {
        key = Fixtures.key(List.of(Fixtures.team()), Map.of("webhooks", "write"), b -> b.add("rate_per_second", 1000));
        api = key.api();
    }

    @Test
    void createReadReplaceAndDelete() {
        String name = Fixtures.unique("CRM");
        // an address given twice is kept once
        Reply created =
                api.post(INTEGRATIONS, integration(name, "ops@example.org", "dev@example.org", "ops@example.org"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject integration = created.json();
        String path = INTEGRATIONS + "/" + integration.getString("id");
        assertThat(created.header("Location")).contains(Api.url(path));
        assertThat(created.header("ETag")).isPresent();
        assertThat(integration.getString("name")).isEqualTo(name);
        assertThat(integration.getString("description")).isEqualTo("Keeps the CRM in step");
        assertThat(integration.getJsonArray("alert_emails").getValuesAs(JsonString.class))
                .extracting(JsonString::getString)
                .containsExactly("ops@example.org", "dev@example.org");
        assertThat(integration.keySet())
                .containsExactlyInAnyOrder("id", "name", "description", "alert_emails", "created", "last_modified");

        Reply read = api.get(path);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(integration);
        String etag = read.header("ETag").orElseThrow();

        Reply replaced = api.put(path, integration(name + " 2"), "If-Match", etag);
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().getString("name")).isEqualTo(name + " 2");
        assertThat(replaced.json().getJsonArray("alert_emails")).isEmpty();
        assertThat(replaced.header("ETag")).isPresent().isNotEqualTo(etag);

        assertThat(api.put(path, integration(name + " 3"), "If-Match", etag).status())
                .as("a stale ETag")
                .isEqualTo(412);
        assertThat(api.delete(path, "If-Match", etag).status()).isEqualTo(412);
        assertThat(api.delete(path).status()).isEqualTo(204);
        assertThat(api.get(path).status()).isEqualTo(404);
        assertThat(api.get(INTEGRATIONS + "/not-an-id").status()).isEqualTo(404);
    }

    @Test
    void aPutToANewIdCreatesAndAnIfMatchOnItFails() {
        String path = INTEGRATIONS + "/" + UUID.randomUUID();

        assertThat(api.put(path, integration(Fixtures.unique("Sync")), "If-Match", "\"0\"")
                        .status())
                .isEqualTo(412);
        Reply created = api.put(path, integration(Fixtures.unique("Sync")));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).contains(Api.url(path));
        Reply nil = api.put(INTEGRATIONS + "/" + new UUID(0, 0), integration(Fixtures.unique("Nil")));
        assertThat(nil.status()).as("the nil UUID").isEqualTo(400);
        assertThat(nil.json().keySet()).containsExactly("id");
    }

    @Test
    void namesAreUniqueCaseAndSpaceAside() {
        String name = Fixtures.unique("Booking site");
        assertThat(api.post(INTEGRATIONS, integration(name)).status()).isEqualTo(201);

        Reply again = api.post(INTEGRATIONS, integration("  " + name.toUpperCase() + " "));

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().getJsonArray("name").getString(0))
                .isEqualTo("A webhook integration with this name already exists.");
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        JsonArrayBuilder tooMany = Json.createArrayBuilder();
        for (int i = 0; i < 21; i++) {
            tooMany.add("ops" + i + "@example.org");
        }

        Reply missingAndTooMany = api.post(
                INTEGRATIONS,
                Json.createObjectBuilder()
                        .add("description", "x".repeat(1001))
                        .add("alert_emails", tooMany)
                        .build());
        Reply badAddress = api.post(INTEGRATIONS, integration(Fixtures.unique("Mail"), "ops@localhost"));
        Reply wrongTypes = api.post(
                INTEGRATIONS,
                Json.createObjectBuilder()
                        .add("name", 42)
                        .add("alert_emails", "ops@example.org")
                        .add("description", "x".repeat(1001))
                        .build());

        assertThat(missingAndTooMany.status()).isEqualTo(400);
        assertThat(missingAndTooMany.json().keySet()).containsExactlyInAnyOrder("name", "description", "alert_emails");
        assertThat(missingAndTooMany.json().getJsonArray("name").getString(0)).isEqualTo("This field is required.");
        assertThat(badAddress.status()).isEqualTo(400);
        assertThat(badAddress.json().keySet()).containsExactly("alert_emails");
        assertThat(badAddress.toString()).contains("Enter a valid email address.");
        assertThat(wrongTypes.status()).isEqualTo(400);
        assertThat(wrongTypes.json().keySet()).containsExactlyInAnyOrder("name", "description", "alert_emails");
    }

    @Test
    void twentyAddressesOfTheLongestKindAreKept() {
        JsonArrayBuilder longest = Json.createArrayBuilder();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // 64 characters before the @, 254 in all: the most an address may have
            String address = String.format("%02d", i) + "a".repeat(62) + "@" + "b".repeat(63) + "." + "c".repeat(63)
                    + "." + "d".repeat(57) + ".org";
            addresses.add(address);
            longest.add(address);
        }

        Reply created = api.post(
                INTEGRATIONS,
                Json.createObjectBuilder()
                        .add("name", Fixtures.unique("Long addresses"))
                        .add("alert_emails", longest)
                        .build());

        assertThat(addresses.get(0)).hasSize(254);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(api.get(INTEGRATIONS + "/" + created.json().getString("id"))
                        .json()
                        .getJsonArray("alert_emails")
                        .getValuesAs(JsonString::getString))
                .isEqualTo(addresses);
    }

    @Test
    void listsArePagedAndFilteredByName() {
        List<String> mine = new ArrayList<>();
        String name = Fixtures.unique("Paged");
        for (int i = 0; i < 3; i++) {
            mine.add(api.post(INTEGRATIONS, integration(name + " " + i)).json().getString("id"));
        }

        List<String> seen = new ArrayList<>();
        Reply page = api.get(INTEGRATIONS + "?limit=2");
        long count = page.json().getJsonNumber("count").longValue();
        assertThat(count).isGreaterThanOrEqualTo(3);
        assertThat(page.isNull("previous")).isTrue();
        while (true) {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.results().size()).isLessThanOrEqualTo(2);
            page.results().getValuesAs(JsonObject.class).forEach(item -> seen.add(item.getString("id")));
            if (page.isNull("next")) {
                break;
            }
            assertThat(page.json().getString("next")).contains("limit=2");
            page = api.get(page.json().getString("next"));
            assertThat(page.json().getString("previous")).contains("limit=2");
        }
        assertThat(seen).hasSize((int) count).containsAll(mine).doesNotHaveDuplicates();

        Reply byName = api.get(INTEGRATIONS + "?name=" + (name + " 1").replace(" ", "+"));
        assertThat(byName.json().getInt("count")).isEqualTo(1);
        assertThat(byName.results().getJsonObject(0).getString("id")).isEqualTo(mine.get(1));
        assertThat(api.get(INTEGRATIONS + "?nmae=x").json().getJsonArray("nmae").getString(0))
                .isEqualTo("Unknown filter.");
    }

    @Test
    void theWebhooksPermissionOnAnyTeamIsNeeded() {
        String team = Fixtures.team();
        Api none = Fixtures.key(List.of(team), Map.of("clients", "write")).api();
        Api reader = Fixtures.key(List.of(team), Map.of("webhooks", "read"), b -> b.add("rate_per_second", 1000))
                .api();
        Api teamless = Fixtures.key(List.of(), Map.of("webhooks", "write")).api();

        assertThat(none.get(INTEGRATIONS).status()).isEqualTo(403);
        assertThat(reader.get(INTEGRATIONS).status()).isEqualTo(200);
        assertThat(reader.post(INTEGRATIONS, integration(Fixtures.unique("Read only")))
                        .status())
                .isEqualTo(403);
        assertThat(reader.put(INTEGRATIONS + "/" + UUID.randomUUID(), integration(Fixtures.unique("Read only")))
                        .status())
                .isEqualTo(403);
        Reply refused = teamless.get(INTEGRATIONS);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.detail()).isEqualTo("You do not have permission to perform this action.");
        assertThat(Api.anonymous().get(INTEGRATIONS).status()).isEqualTo(401);
    }

    @Test
    void anIdempotencyKeyReplaysTheCreation() {
        JsonObject body = integration(Fixtures.unique("Once"));
        String idempotencyKey = UUID.randomUUID().toString();

        Reply first =
                api.send("POST", INTEGRATIONS, body.toString(), "application/json", "Idempotency-Key", idempotencyKey);
        Reply again =
                api.send("POST", INTEGRATIONS, body.toString(), "application/json", "Idempotency-Key", idempotencyKey);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().getString("id")).isEqualTo(first.json().getString("id"));
        assertThat(again.header("Idempotent-Replayed")).contains("true");
    }

    @Test
    void anIntegrationDataFieldNamesAnIntegrationWhoseKeysAloneWriteIt() {
        String team = key.team();
        Map<String, String> access = Map.of("clients", "write", "custom_fields", "write");
        Key crm = Fixtures.key(List.of(team), access, b -> b.add("rate_per_second", 1000));
        String integration = api.post(INTEGRATIONS, integration(Fixtures.unique("Ticketing")))
                .json()
                .getString("id");
        Key linked = Fixtures.key(
                List.of(team), access, b -> b.add("rate_per_second", 1000).add("webhook_integration", integration));
        String fields = "/teams/" + team + "/custom-fields";

        Reply unknown =
                crm.api().post(fields, field("ticket_id", UUID.randomUUID().toString()));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().keySet()).containsExactly("integration");
        Reply known = crm.api().post(fields, field("ticket_id", integration));
        assertThat(known.status()).as(known.toString()).isEqualTo(201);

        JsonObject client = Json.createObjectBuilder()
                .add("first_name", "Ada")
                .add("last_name", "Lovelace")
                .add("custom_data", Json.createObjectBuilder().add("ticket_id", "T-1"))
                .build();
        Reply byItsKey = linked.api().post("/teams/" + team + "/clients", client);
        Reply byAnother = crm.api().post("/teams/" + team + "/clients", client);

        assertThat(byItsKey.status()).as(byItsKey.toString()).isEqualTo(201);
        assertThat(byItsKey.json().getJsonObject("custom_data").getString("ticket_id"))
                .isEqualTo("T-1");
        assertThat(byAnother.status()).isEqualTo(400);
        assertThat(byAnother
                        .json()
                        .getJsonObject("custom_data")
                        .getJsonArray("ticket_id")
                        .getString(0))
                .isEqualTo("Only the integration this field belongs to may write it.");
    }

    private static JsonObject field(String name, String integration) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("label", "Ticket")
                .add("resource_type", "clients")
                .add("kind", "integration_data")
                .add("integration", integration)
                .build();
    }

    static JsonObject integration(String name, String... alertEmails) {
        JsonArrayBuilder emails = Json.createArrayBuilder();
        for (String email : alertEmails) {
            emails.add(email);
        }
        return Json.createObjectBuilder()
                .add("name", name)
                .add("description", "Keeps the CRM in step")
                .add("alert_emails", emails)
                .build();
    }
}
