package koppel.it.source;

import static koppel.it.source.SalesforceSyncIT.client;
import static koppel.it.source.SalesforceSyncIT.runOf;
import static koppel.it.source.Sources.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import koppel.it.Deployments;
import koppel.it.Settings;
import koppel.it.api.Api;
import koppel.it.api.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an integration does when Salesforce fails: refused credentials and a timeout are named in
 * the run log; failing runs in a row (the limit is 3 in the test build) deactivate the integration,
 * which e-mails its alert addresses (GreenMail); Koppel's changes are kept meanwhile and sent once
 * it is activated again.
 */
@ExtendWith(ArquillianExtension.class)
class FailingSourceIT {

    private static GreenMail smtp;

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @BeforeAll
    static void start() {
        smtp = new GreenMail(new ServerSetup(
                Integer.parseInt(Settings.require("koppel.it.smtp-port")), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Test
    void refusedCredentialsAndTimeoutsAreNamedInTheLog() {
        SalesforceStub stub = new SalesforceStub();
        String team = Fixtures.team();
        String refused = Sources.integration(
                Sources.configuration(stub, SalesforceSyncIT.with(stub.authorization(), "client_secret", "wrong")),
                team,
                List.of());
        JsonObject run = Sources.dryRun(refused);
        assertThat(run.getString("outcome")).isEqualTo("FAILED");
        assertThat(run.getString("message")).contains("invalid client credentials");

        String slow =
                Sources.integration(Sources.configuration(stub, stub.authorization()), Fixtures.team(), List.of());
        stub.slow(4000);
        try {
            JsonObject timedOut = Sources.dryRun(slow);
            assertThat(timedOut.getString("message")).contains("did not answer within");
        } finally {
            stub.healthy();
        }
        assertThat(Sources.dryRun(slow).getString("outcome")).isEqualTo("SUCCEEDED");
    }

    @Test
    void failingRunsDeactivateTheIntegrationWhichAlertsAndResumesWhenActivatedAgain() throws Exception {
        String alert = "sources-" + System.nanoTime() + "@example.org";
        Fixtures.call(
                "POST",
                "/users",
                jakarta.json.Json.createObjectBuilder()
                        .add("username", Fixtures.unique("alerted"))
                        .add("password", "alerted-password-1")
                        .add("email", alert)
                        .add("roles", jakarta.json.Json.createArrayBuilder().add("admin"))
                        .build());
        SalesforceStub stub = new SalesforceStub();
        stub.failing(500, "UNKNOWN_EXCEPTION");
        String team = Fixtures.team();
        Api api = Fixtures.key(List.of(team), Map.of("clients", "write"), body -> body.add("rate_per_second", 1000))
                .api();
        String integration =
                Sources.integration(Sources.configuration(stub, stub.authorization()), team, List.of(alert));
        Sources.activate(integration);
        for (int failures = 1; failures < 3; failures++) {
            int expected = failures;
            await(
                    () -> Sources.state(integration),
                    state -> state.getInt("failures") >= expected,
                    "failed run " + expected);
            Sources.runNow(integration);
        }
        JsonObject deactivated = await(
                () -> Sources.state(integration),
                state -> state.getString("status").equals("DEACTIVATED"),
                "the integration deactivated");
        assertThat(deactivated.getString("reason")).contains("500").contains("UNKNOWN_EXCEPTION");
        assertThat(runOf(deactivated, "INITIAL").getString("outcome")).isEqualTo("FAILED");

        MimeMessage mail = await(
                () -> Arrays.stream(smtp.getReceivedMessages())
                        .filter(message -> GreenMailUtil.getAddressList(recipients(message))
                                .contains(alert))
                        .findFirst()
                        .orElse(null),
                found -> found != null,
                "the alert to " + alert);
        assertThat(mail.getSubject()).contains("deactivated");
        assertThat(GreenMailUtil.getBody(mail)).contains("3 runs in a row");

        Api.Reply kept = api.post("/teams/" + team + "/clients", client("Kept", "Meanwhile", "kept@example.org"));
        assertThat(kept.status()).isEqualTo(201);
        String keptId = kept.json().getString("id");
        await(() -> Sources.state(integration), state -> state.getInt("pending") == 1, "the change kept");

        stub.healthy();
        Sources.activate(integration);
        await(
                stub::upserts,
                upserts -> upserts.stream().anyMatch(r -> r.getUrl().endsWith("/Koppel_Id__c/" + keptId)),
                "the kept change sent");
        JsonObject resumed = await(
                () -> Sources.state(integration),
                state -> state.getString("status").equals("ACTIVE") && state.getInt("pending") == 0,
                "nothing waiting any more");
        assertThat(resumed.getInt("failures")).isZero();
    }

    @Test
    void aRequestLimitPausesPullsWithoutCountingAsAFailure() {
        SalesforceStub stub = new SalesforceStub();
        stub.failing(403, "REQUEST_LIMIT_EXCEEDED");
        String integration =
                Sources.integration(Sources.configuration(stub, stub.authorization()), Fixtures.team(), List.of());
        Sources.activate(integration);
        JsonObject paused = await(
                () -> Sources.state(integration), state -> runOf(state, "INITIAL") != null, "the initial sync refused");
        assertThat(runOf(paused, "INITIAL").getString("message")).contains("REQUEST_LIMIT_EXCEEDED");
        assertThat(paused.getString("status")).isEqualTo("ACTIVE");
        assertThat(paused.getInt("failures")).isZero();
    }

    private static jakarta.mail.Address[] recipients(MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
