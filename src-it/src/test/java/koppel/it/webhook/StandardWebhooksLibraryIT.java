package koppel.it.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import koppel.it.Deployments;
import koppel.it.api.Api.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deliveries checked by the official Standard Webhooks library for JavaScript (npm
 * {@code standardwebhooks}, which the build installs), as an integrator's receiver would check
 * them: creates, updates and deletes whose payloads carry quotes, markup and characters outside
 * ASCII, a ping, and a delivery signed with both secrets after a rotation. The same library must
 * refuse a body changed by one character and another endpoint's secret, so the check can fail.
 * Runs in the default leg only, with the other checks by outside tools.
 */
@ExtendWith(ArquillianExtension.class)
class StandardWebhooksLibraryIT {

    private static final Duration SOON = WebhookDeliveryIT.SOON;
    private static final String AWKWARD_NAME = "Zoë \"Ünïcode\" <b>&amp;</b> \\ 🎉 ñ 日本";

    @RegisterExtension
    static final Receiver receiver = Receiver.perClass();

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void theOfficialLibraryAcceptsEveryDeliveryAndRefusesForgeries() throws Exception {
        assumeFalse(Boolean.getBoolean("koppel.it.outside-tools.skip"), "outside tools run in the default leg");
        Hooks hooks = new Hooks();
        String path = receiver.newPath();
        JsonObject endpoint = hooks.endpoint(hooks.integration(), receiver.url(path));
        String endpointId = endpoint.getString("id");
        String oldSecret = endpoint.getString("secret");
        String otherSecret = hooks.endpoint(hooks.integration(), receiver.url(receiver.newPath()))
                .getString("secret");

        String client = hooks.client(AWKWARD_NAME);
        String address = "/teams/" + hooks.team + "/clients/" + client;
        Reply updated = hooks.api.put(
                address,
                Json.createObjectBuilder()
                        .add("first_name", "Ⅻ ' OR 1=1 --")
                        .add("last_name", AWKWARD_NAME)
                        .add("external_reference", "ext-" + AWKWARD_NAME)
                        .build());
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(hooks.api.delete(address).status()).isEqualTo(204);
        Reply ping = hooks.api.post(
                hooks.endpointPath(endpointId) + "/ping",
                Json.createObjectBuilder().build());
        assertThat(ping.status()).as(ping.toString()).isEqualTo(200);
        List<Receiver.Arrival> beforeRotation = receiver.await(path, SOON, now -> now.size() >= 4);

        Reply rotated = hooks.api.post(
                hooks.endpointPath(endpointId) + "/rotate-secret",
                Json.createObjectBuilder().build());
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        String newSecret = rotated.json().getString("secret");
        hooks.client("Rotated " + AWKWARD_NAME);
        Receiver.Arrival afterRotation = receiver.await(path, SOON, now -> now.size() >= 5).stream()
                .filter(a -> !beforeRotation.contains(a))
                .findFirst()
                .orElseThrow();

        List<Check> checks = new ArrayList<>();
        beforeRotation.forEach(arrival -> checks.add(new Check(oldSecret, arrival, true)));
        checks.add(new Check(oldSecret, afterRotation, true));
        checks.add(new Check(newSecret, afterRotation, true));
        checks.add(new Check(otherSecret, beforeRotation.get(0), false));
        Receiver.Arrival first = beforeRotation.get(0);
        checks.add(new Check(
                oldSecret, new Receiver.Arrival(first.path(), first.headers(), first.body() + " ", first.at()), false));

        JsonArray verdicts = verify(checks);

        assertThat(verdicts).hasSize(checks.size());
        for (int i = 0; i < checks.size(); i++) {
            JsonObject verdict = verdicts.getJsonObject(i);
            assertThat(verdict.getBoolean("ok"))
                    .as("%s: %s", checks.get(i).arrival().body(), verdict)
                    .isEqualTo(checks.get(i).accepted());
        }
        assertThat(verdicts.subList(0, 5))
                .extracting(v -> v.asJsonObject().getString("type"))
                .containsExactlyInAnyOrder(
                        "client.created", "client.updated", "client.deleted", "webhook.ping", "client.created");
    }

    /** A delivery (as it arrived, or forged) with a secret, and whether the library must accept it. */
    private record Check(String secret, Receiver.Arrival arrival, boolean accepted) {

        JsonObjectBuilder json() {
            JsonObjectBuilder headers = Json.createObjectBuilder();
            for (String name : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
                headers.add(name, arrival.header(name));
            }
            return Json.createObjectBuilder()
                    .add("secret", secret)
                    .add("headers", headers)
                    .add("body", arrival.body());
        }
    }

    /** The library's verdict on each check, in order: {@code ok} and the payload's type or the error. */
    private static JsonArray verify(List<Check> checks) throws IOException, InterruptedException {
        JsonArrayBuilder input = Json.createArrayBuilder();
        checks.forEach(check -> input.add(check.json()));
        Path file = Files.createTempFile("deliveries", ".json");
        Files.writeString(file, input.build().toString(), StandardCharsets.UTF_8);
        Path script = Path.of(System.getProperty("koppel.it.node-scripts"), "verify-standard-webhooks.cjs");
        ProcessBuilder node = new ProcessBuilder("node", script.toString(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        node.environment().put("NODE_PATH", System.getProperty("koppel.it.standard-webhooks"));
        Process process = node.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
        assertThat(process.exitValue())
                .as("node's exit status, output: %s", output)
                .isZero();
        Files.delete(file);
        return Json.createReader(new StringReader(output)).readArray();
    }
}
