package koppel.it.source;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import koppel.it.api.Fixtures;

/** Integration sources set up through the test fixtures, in the seed's steps. */
final class Sources {

    static final Duration SOON = Duration.ofSeconds(30);

    private Sources() {}

    /** A Salesforce configuration for the stub, contacts mapped (Id the key, names and e-mail both ways) and activated. */
    static String configuration(SalesforceStub stub, Map<String, String> authorization) {
        JsonObjectBuilder values = Json.createObjectBuilder();
        authorization.forEach(values::add);
        JsonArrayBuilder mapping = Json.createArrayBuilder()
                .add(line("Id", "external_reference", true))
                .add(line("FirstName", "first_name", false))
                .add(line("LastName", "last_name", false))
                .add(line("Email", "email", false));
        return Fixtures.call(
                        "POST",
                        "/sources/configurations",
                        Json.createObjectBuilder()
                                .add("name", Fixtures.unique("Salesforce"))
                                .add("kind", "OAUTH2_CLIENT_CREDENTIALS")
                                .add("values", values)
                                .add("type", "salesforce")
                                .add("settings", Json.createObjectBuilder())
                                .add("data_type", "contacts")
                                .add("mapping", mapping)
                                .build())
                .getString("id");
    }

    /** An inactive integration of the configuration for the team, taking every update type. */
    static String integration(String configuration, String team, List<String> alert) {
        JsonArrayBuilder addresses = Json.createArrayBuilder();
        alert.forEach(addresses::add);
        return Fixtures.call(
                        "POST",
                        "/sources/integrations",
                        Json.createObjectBuilder()
                                .add("configuration", configuration)
                                .add("team", team)
                                .add(
                                        "update_types",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "contacts",
                                                        Json.createArrayBuilder()
                                                                .add("CREATED")
                                                                .add("UPDATED")
                                                                .add("DELETED")))
                                .add("alert", addresses)
                                .build())
                .getString("id");
    }

    static void activate(String integration) {
        Fixtures.call("POST", "/sources/integrations/" + integration + "/activate", null);
    }

    static void runNow(String integration) {
        Fixtures.call("POST", "/sources/integrations/" + integration + "/run", null);
    }

    static JsonObject dryRun(String integration) {
        return Fixtures.call("POST", "/sources/integrations/" + integration + "/dry-run", null);
    }

    /** {"status", "failures", "reason", "pending", "runs": [newest first]}. */
    static JsonObject state(String integration) {
        return Fixtures.call("GET", "/sources/integrations/" + integration, null);
    }

    /** The first value that passes, asked for again (every 200 ms) until the deadline. */
    static <T> T await(Supplier<T> value, Predicate<T> test, String what) {
        Instant deadline = Instant.now().plus(SOON);
        T last = value.get();
        while (!test.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited " + SOON.toSeconds() + " s for " + what + "; last seen: " + last);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = value.get();
        }
        return last;
    }

    private static JsonObject line(String remote, String koppel, boolean key) {
        return Json.createObjectBuilder()
                .add("remote", remote)
                .add("koppel", koppel)
                .add("direction", "BOTH")
                .add("key", key)
                .build();
    }
}
