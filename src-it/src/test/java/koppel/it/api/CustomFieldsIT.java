package koppel.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import koppel.it.Deployments;
import koppel.it.api.Api.Reply;
import koppel.it.api.Fixtures.Key;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * custom_data holds only the team's custom fields, each of its kind; integration_data fields are
 * written by their own integration only, and survive other keys' writes.
 */
@ExtendWith(ArquillianExtension.class)
class CustomFieldsIT {

    private String integration;
    private Key crm;
    private Key sync;
    private String clients;

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @BeforeEach
    void fieldsForClientsAndTwoKeys() {
        integration = Fixtures.webhookIntegration();
        String team = Fixtures.team();
        Map<String, String> access = Map.of("clients", "write", "custom_fields", "write");
        crm = Fixtures.key(List.of(team), access, b -> b.add("rate_per_second", 1000));
        sync = Fixtures.key(
                List.of(team), access, b -> b.add("rate_per_second", 1000).add("webhook_integration", integration));
        clients = "/teams/" + team + "/clients";
        String fields = "/teams/" + team + "/custom-fields";
        for (JsonObject field : List.of(
                field("shoe_size", "number").build(),
                field("vip", "boolean").build(),
                field("tier", "select")
                        .add("options", Json.createArrayBuilder().add("gold").add("silver"))
                        .build(),
                field("sync_id", "integration_data")
                        .add("integration", integration)
                        .build())) {
            Reply created = crm.api().post(fields, field);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
    }

    @Test
    void valuesMustBeOfTheirFieldsKind() {
        assertThat(crm.api()
                        .post(
                                clients,
                                client(Json.createObjectBuilder()
                                        .add("shoe_size", 43)
                                        .add("vip", true)
                                        .add("tier", "gold")))
                        .status())
                .isEqualTo(201);

        Reply wrong = crm.api()
                .post(
                        clients,
                        client(Json.createObjectBuilder()
                                .add("shoe_size", "big")
                                .add("vip", "yes")
                                .add("tier", "bronze")
                                .add("favourite_colour", "blue")));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().getJsonObject("custom_data").keySet())
                .containsExactlyInAnyOrder("shoe_size", "vip", "tier", "favourite_colour");
        assertThat(wrong.json()
                        .getJsonObject("custom_data")
                        .getJsonArray("favourite_colour")
                        .getString(0))
                .isEqualTo("Unknown custom field.");
    }

    @Test
    void integrationDataIsWrittenOnlyByItsIntegrationAndSurvivesOtherWrites() {
        Reply byCrm = crm.api().post(clients, client(Json.createObjectBuilder().add("sync_id", "S-1")));
        assertThat(byCrm.status()).isEqualTo(400);
        assertThat(byCrm.json().getJsonObject("custom_data").containsKey("sync_id"))
                .isTrue();

        Reply bySync = sync.api()
                .post(
                        clients,
                        client(Json.createObjectBuilder().add("sync_id", "S-1").add("vip", true)));
        assertThat(bySync.status()).isEqualTo(201);
        String path = bySync.header("Location").orElseThrow();

        Reply crmLeavesItOut =
                crm.api().put(path, client(Json.createObjectBuilder().add("vip", false)));
        assertThat(crmLeavesItOut.status()).isEqualTo(200);
        assertThat(crmLeavesItOut.json().getJsonObject("custom_data").getString("sync_id"))
                .isEqualTo("S-1");
        assertThat(crmLeavesItOut.json().getJsonObject("custom_data").getBoolean("vip"))
                .isFalse();

        JsonObject roundTrip = crm.api().get(path).json();
        assertThat(crm.api().put(path, roundTrip).status())
                .as("sending back what it read")
                .isEqualTo(200);
        Reply crmChangesIt =
                crm.api().put(path, client(Json.createObjectBuilder().add("sync_id", "S-2")));
        assertThat(crmChangesIt.status()).isEqualTo(400);
        assertThat(crm.api().get(path).json().getJsonObject("custom_data").getString("sync_id"))
                .isEqualTo("S-1");
    }

    @Test
    void fieldNamesAreUniquePerResourceType() {
        String fields = clients.replace("/clients", "/custom-fields");

        Reply again = crm.api().post(fields, field("vip", "text").build());
        Reply otherType = crm.api()
                .post(
                        fields,
                        field("vip", "boolean").add("resource_type", "orders").build());
        Reply selectWithout = crm.api().post(fields, field("size", "select").build());

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().keySet()).containsExactly("name");
        assertThat(otherType.status()).isEqualTo(201);
        assertThat(selectWithout.json().keySet()).containsExactly("options");
    }

    private static JsonObjectBuilder field(String name, String kind) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("label", name)
                .add("resource_type", "clients")
                .add("kind", kind);
    }

    private static JsonObject client(JsonObjectBuilder customData) {
        return Json.createObjectBuilder()
                .add("first_name", "Ada")
                .add("last_name", "Lovelace")
                .add("custom_data", customData)
                .build();
    }
}
