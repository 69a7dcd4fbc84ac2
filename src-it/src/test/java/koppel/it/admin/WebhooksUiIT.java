package koppel.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import koppel.it.Browser;
import koppel.it.Deployments;
import koppel.it.api.Api;
import koppel.it.api.Fixtures;
import koppel.it.webhook.Receiver;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Webhooks from the browser only, against a real receiver: an integration, an endpoint whose
 * secret is shown once, a new secret, a ping and its answer, the delivery log filling after a
 * change with each delivery's attempts, a delivery sent again, and an endpoint disabled, then
 * enabled again with what it missed replayed.
 */
@ExtendWith(ArquillianExtension.class)
class WebhooksUiIT {

    private static final Duration SOON = Duration.ofSeconds(30);
    private static Receiver receiver;

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = Receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void anAdministratorConnectsAnEndpointAndWatchesItsDeliveries() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String teamName = "Webhook team " + suffix;
        String team = Fixtures.team(teamName);
        String integration = "Ticket shop hooks " + suffix;
        String path = receiver.newPath();
        String url = receiver.url(path);
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin();

            pages.open("/settings/integrations/webhooks.xhtml").click("integrations:add");
            pages.type("integrationForm:name", integration)
                    .type("integrationForm:description", "Tells the ticket shop")
                    .type("integrationForm:alertEmails", "ops@example.com\nshop@example.com")
                    .click("integrationForm:save")
                    .growl("is added");
            WebElement row = rowOf(pages, "integrations:table_data", integration);
            assertThat(row.getText()).contains("ops@example.com, shop@example.com", "0");
            browser.screenshot("webhooks");
            pages.click(row.findElement(By.linkText(integration)));
            browser.waiting().until(ExpectedConditions.textToBe(By.id("integrationName"), integration));
            String integrationId = pages.driver().getCurrentUrl().replaceFirst(".*[?&]id=([^&]+).*", "$1");

            // An endpoint: its secret once, masked, copied; gone from the page once the dialog closes.
            pages.click("endpoints:add").choose("endpointForm:team", teamName).type("endpointForm:url", url);
            pages.click("endpointForm:save").growl("Copy its signing secret now");
            WebElement revealed = pages.find("revealForm:key");
            assertThat(revealed.getAttribute("type")).isEqualTo("password");
            String secret = revealed.getAttribute("value");
            assertThat(secret).startsWith("whsec_");
            pages.click("revealForm:copy");
            assertThat(pages.text("copied")).isEqualTo("Copied.");
            browser.screenshot("webhook-secret");
            close(pages);
            assertThat(pages.source()).doesNotContain(secret);

            // A new secret, after a question.
            pages.click(rowOf(pages, "endpoints:table_data", url).findElement(By.cssSelector("[id$=':rotate']")));
            assertThat(pages.question()).contains(url);
            pages.confirm().growl("has a new signing secret");
            String rotated = pages.find("revealForm:key").getAttribute("value");
            assertThat(rotated).startsWith("whsec_").isNotEqualTo(secret);
            close(pages);

            // A ping: the receiver's answer on the page, the test event at the receiver.
            pages.click(rowOf(pages, "endpoints:table_data", url).findElement(By.cssSelector("[id$=':ping']")));
            browser.waiting().until(ExpectedConditions.textToBe(By.id("pingStatus"), "200"));
            assertThat(pages.text("pingOutcome")).isEqualTo("The endpoint answered.");
            receiver.awaitType(path, "webhook.ping", SOON);
            browser.screenshot("webhook-ping");
            pages.click(pages.driver().findElement(By.cssSelector("#pingDialog .ui-dialog-titlebar-close")));
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("pingDialog")));

            // A change fills the delivery log; a delivery's attempts; sent again.
            String client = Fixtures.clients(team, 1).get(0);
            receiver.awaitType(path, "client.created", SOON);
            pages.open("/settings/integrations/webhook.xhtml?id=" + integrationId);
            assertThat(rowOf(pages, "endpoints:table_data", url).getText()).contains("Enabled", "UTC");
            browser.screenshot("webhook-endpoints");
            pages.click(rowOf(pages, "endpoints:table_data", url).findElement(By.linkText(url)));
            browser.waiting().until(driver -> {
                pages.click("log:reload");
                return pages.text("log:table").contains("client.created");
            });
            pages.click(pages.driver()
                    .findElement(By.xpath("//label[starts-with(@for, 'log:status:')][normalize-space()='Failed']")));
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("log:table"), "No deliveries."));
            pages.click(pages.driver()
                    .findElement(By.xpath("//label[starts-with(@for, 'log:status:')][normalize-space()='Delivered']")));
            WebElement delivery = browser.waiting().until(d -> rowOf(pages, "log:table_data", "client.created"));
            assertThat(delivery.getText()).contains("Delivered");
            browser.screenshot("webhook-deliveries");
            pages.click(delivery.findElement(By.cssSelector("[id$=':view']")));
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("attemptsDialog")));
            assertThat(pages.text("viewedType")).isEqualTo("client.created");
            assertThat(pages.text("attempts:table")).contains("200", "Schedule");
            browser.screenshot("webhook-attempts");
            pages.click(pages.driver().findElement(By.cssSelector("#attemptsDialog .ui-dialog-titlebar-close")));
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("attemptsDialog")));
            pages.click(rowOf(pages, "log:table_data", "client.created").findElement(By.cssSelector("[id$=':resend']")))
                    .growl("on its way again");
            receiver.await(path, SOON, arrivals -> createdOf(arrivals, client) == 2);

            // Disabled, it misses a change; enabled again, it gets what it missed.
            Api witnessing =
                    Fixtures.key(List.of(team), Map.of("webhooks", "write")).api();
            String witness = receiver.newPath();
            assertThat(witnessing
                            .post(
                                    "/teams/" + team + "/webhook-endpoints",
                                    Json.createObjectBuilder()
                                            .add("integration", integrationId)
                                            .add("url", receiver.url(witness))
                                            .build())
                            .status())
                    .isEqualTo(201);
            pages.open("/settings/integrations/webhook.xhtml?id=" + integrationId);
            pages.click(rowOf(pages, "endpoints:table_data", url).findElement(By.cssSelector("[id$=':edit']")));
            pages.click(pages.find("endpointForm:enabled").findElement(By.cssSelector(".ui-chkbox-box")))
                    .click("endpointForm:save")
                    .growl("is saved");
            browser.waiting()
                    .until(d ->
                            rowOf(pages, "endpoints:table_data", url).getText().contains("Disabled"));
            String missed = Fixtures.clients(team, 1).get(0);
            receiver.await(witness, SOON, arrivals -> createdOf(arrivals, missed) == 1);
            assertThat(createdOf(receiver.arrivals(path), missed)).isZero();

            pages.click(rowOf(pages, "endpoints:table_data", url).findElement(By.cssSelector("[id$=':reEnable']")));
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reEnableForm:yes")));
            assertThat(pages.driver()
                            .findElement(By.id("reEnableForm:replay_input"))
                            .isSelected())
                    .isTrue();
            browser.screenshot("webhook-re-enable");
            pages.click("reEnableForm:yes").growl("is enabled again");
            receiver.await(path, SOON, arrivals -> createdOf(arrivals, missed) == 1);
            assertThat(rowOf(pages, "endpoints:table_data", url).getText()).contains("Enabled");
        }
    }

    /** How many client.created events for this client arrived. */
    private static long createdOf(List<Receiver.Arrival> arrivals, String client) {
        return arrivals.stream()
                .filter(arrival -> "client.created".equals(arrival.json().getString("type")))
                .filter(arrival ->
                        client.equals(arrival.json().getJsonObject("resource").getString("id")))
                .count();
    }

    private static void close(AdminPages pages) {
        pages.click("revealForm:done");
        pages.browser().waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("reveal")));
    }

    private static WebElement rowOf(AdminPages pages, String tableData, String text) {
        return pages.browser()
                .waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//tbody[@id='" + tableData + "']/tr[contains(normalize-space(), '" + text + "')]")));
    }
}
