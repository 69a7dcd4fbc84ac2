package koppel.it.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import koppel.it.api.Api;
import koppel.it.api.Api.Reply;
import koppel.it.api.Fixtures;
import koppel.it.api.Fixtures.Key;

/**
 * What the webhook tests set up through the public API: a key for a team with the permissions
 * they need, an integration, and endpoints posting to a path of the test's receiver.
 */
final class Hooks {

    /** Permissions of the tests' keys. */
    static final Map<String, String> PERMISSIONS =
            Map.of("webhooks", "write", "clients", "write", "orders", "write", "payments", "write", "teams", "write");

    final Key key;
    final Api api;
    final String team;

    Hooks() {
        this(Fixtures.key(List.of(Fixtures.team()), PERMISSIONS, b -> b.add("rate_per_second", 1000)));
    }

    Hooks(Key key) {
        this.key = key;
        this.api = key.api();
        this.team = key.team();
    }

    /** A new integration, with these alert addresses; returns its id. */
    String integration(String... alertEmails) {
        JsonArrayBuilder emails = Json.createArrayBuilder();
        List.of(alertEmails).forEach(emails::add);
        Reply created = api.post(
                "/webhook-integrations",
                Json.createObjectBuilder()
                        .add("name", Fixtures.unique("Integration"))
                        .add("alert_emails", emails)
                        .build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }

    /** A new endpoint of the integration; its creation answer (with the secret). */
    JsonObject endpoint(String integration, String url, List<String> eventTypes, boolean excludeOwnChanges) {
        JsonArrayBuilder types = Json.createArrayBuilder();
        eventTypes.forEach(types::add);
        Reply created = api.post(
                endpoints(),
                Json.createObjectBuilder()
                        .add("integration", integration)
                        .add("url", url)
                        .add("event_types", types)
                        .add("exclude_own_changes", excludeOwnChanges)
                        .build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    JsonObject endpoint(String integration, String url) {
        return endpoint(integration, url, List.of("*"), true);
    }

    String endpoints() {
        return "/teams/" + team + "/webhook-endpoints";
    }

    /** The address of one endpoint. */
    String endpointPath(String id) {
        return endpoints() + "/" + id;
    }

    /** The address of one endpoint's deliveries. */
    String deliveriesPath(String endpoint) {
        return endpointPath(endpoint) + "/deliveries";
    }

    /** Creates a client named so; returns its id. */
    String client(String lastName) {
        Reply created = api.post(
                "/teams/" + team + "/clients",
                Json.createObjectBuilder()
                        .add("first_name", "Hook")
                        .add("last_name", lastName)
                        .add("external_reference", "ext-" + lastName)
                        .build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }
}
