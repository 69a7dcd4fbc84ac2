package koppel.it.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import koppel.it.Deployments;
import koppel.it.Settings;
import koppel.it.api.Api.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An endpoint that keeps failing is announced to its integration's alert addresses (a real SMTP
 * server, GreenMail) when failures start, warned about before the end of the failing period, and
 * disabled with a third e-mail when it ends (20 s and 10 s before in the tests' settings); one that
 * answers {@code 410 Gone} is disabled at once, with one e-mail.
 */
@ExtendWith(ArquillianExtension.class)
class FailingEndpointsIT {

    @RegisterExtension
    static final Receiver receiver = Receiver.perClass();

    private static GreenMail smtp;

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @BeforeAll
    static void start() throws Exception {
        smtp = new GreenMail(new ServerSetup(
                Integer.parseInt(Settings.require("koppel.it.smtp-port")), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Test
    void aFailingEndpointIsAnnouncedWarnedAboutAndDisabledWithThreeEmails() {
        Hooks hooks = new Hooks();
        String path = receiver.newPath();
        Integer[] failures = new Integer[200];
        Arrays.fill(failures, 500);
        receiver.answer(path, failures);
        String alerts = "ops-" + System.nanoTime() + "@example.org";
        String endpoint =
                hooks.endpoint(hooks.integration(alerts), receiver.url(path)).getString("id");

        hooks.client("Failing");

        List<MimeMessage> mails = awaitMails(alerts, 3, Duration.ofSeconds(60));
        assertThat(mails)
                .extracting(mail -> subject(mail))
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("Webhook deliveries are failing"),
                        second -> assertThat(second).startsWith("Webhook endpoint to be disabled soon"),
                        third -> assertThat(third).startsWith("Webhook endpoint disabled"));
        assertThat(GreenMailUtil.getBody(mails.get(2))).contains(receiver.url(path));
        JsonObject disabled = hooks.api.get(hooks.endpoints() + "/" + endpoint).json();
        assertThat(disabled.getString("status")).isEqualTo("disabled");
        assertThat(disabled.getString("disabled_reason")).contains("20 seconds");
        assertThat(disabled.isNull("failing_since")).isFalse();
    }

    @Test
    void anEndpointDisabledByA410IsAnnouncedOnce() {
        Hooks hooks = new Hooks();
        String path = receiver.newPath();
        receiver.answer(path, 410);
        String alerts = "gone-" + System.nanoTime() + "@example.org";
        JsonObject endpoint = hooks.endpoint(hooks.integration(alerts), receiver.url(path));
        String endpointPath = hooks.endpoints() + "/" + endpoint.getString("id");
        String tagBefore = hooks.api.get(endpointPath).header("ETag").orElseThrow();

        hooks.client("Gone");

        List<MimeMessage> mails = awaitMails(alerts, 1, Duration.ofSeconds(30));
        assertThat(subject(mails.get(0))).startsWith("Webhook endpoint disabled");
        assertThat(GreenMailUtil.getBody(mails.get(0))).contains("410 Gone", receiver.url(path));
        // disabling changed a field callers write: a PUT made with the tag read before cannot enable it unseen
        Reply disabled = hooks.api.get(endpointPath);
        assertThat(disabled.json().getBoolean("enabled")).isFalse();
        assertThat(disabled.header("ETag")).isPresent().get().isNotEqualTo(tagBefore);
        JsonObject stale = Json.createObjectBuilder(endpoint)
                .remove("secret")
                .add("enabled", true)
                .build();
        assertThat(hooks.api.put(endpointPath, stale, "If-Match", tagBefore).status())
                .isEqualTo(412);
        // the timer's next rounds (every second) send nothing more: a change made now is not delivered either
        hooks.client("Gone again");
        smtp.waitForIncomingEmail(3000, smtp.getReceivedMessages().length + 1);
        assertThat(awaitMails(alerts, 1, Duration.ofSeconds(1))).hasSize(1);
        assertThat(receiver.arrivals(path)).hasSize(1);
    }

    @Test
    void aSuccessEndsTheFailingPeriod() {
        Hooks hooks = new Hooks();
        String path = receiver.newPath();
        receiver.answer(path, 500);
        String endpoint =
                hooks.endpoint(hooks.integration(), receiver.url(path)).getString("id");

        hooks.client("Recovering");

        WebhookOperationsIT.awaitDelivery(hooks, endpoint, "delivered");
        JsonObject healthy = hooks.api.get(hooks.endpoints() + "/" + endpoint).json();
        assertThat(healthy.getString("status")).isEqualTo("enabled");
        assertThat(healthy.isNull("failing_since")).isTrue();
    }

    private static List<MimeMessage> awaitMails(String recipient, int count, Duration deadline) {
        Instant end = Instant.now().plus(deadline);
        List<MimeMessage> mails = List.of();
        while (Instant.now().isBefore(end)) {
            mails = Arrays.stream(smtp.getReceivedMessages())
                    .filter(mail ->
                            GreenMailUtil.getAddressList(recipients(mail)).contains(recipient))
                    .toList();
            if (mails.size() >= count) {
                return mails;
            }
            smtp.waitForIncomingEmail(500, mails.size() + 1);
        }
        throw new AssertionError("Expected " + count + " e-mails to " + recipient + " within " + deadline + ", got "
                + mails.stream().map(FailingEndpointsIT::subject).toList());
    }

    private static jakarta.mail.Address[] recipients(MimeMessage mail) {
        try {
            return mail.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
