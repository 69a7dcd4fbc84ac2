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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
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

    @RegisterExtension
    static final Receiver receiver = Receiver.perClass();

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
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
            assertThat(pages.find("integrationForm:alertEmails").getAttribute("aria-describedby"))
                    .isEqualTo("alertEmailsHelp");
            assertThat(pages.text("alertEmailsHelp")).contains("One address per line");
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
            // the attempt is recorded a moment after the receiver has answered: look until it shows
            browser.waiting().until(driver -> {
                pages.open("/settings/integrations/webhook.xhtml?id=" + integrationId);
                return rowOf(pages, "endpoints:table_data", url).getText().contains("UTC");
            });
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

            // Disabling asks first (No leaves it enabled); the reason is said in the page's language.
            pages.open("/settings/integrations/webhook.xhtml?id=" + integrationId);
            pages.click(rowOf(pages, "endpoints:table_data", url).findElement(By.cssSelector("[id$=':disable']")));
            assertThat(pages.question()).contains(url);
            pages.cancel();
            assertThat(rowOf(pages, "endpoints:table_data", url).getText()).contains("Enabled");
            pages.click(rowOf(pages, "endpoints:table_data", url).findElement(By.cssSelector("[id$=':disable']")));
            pages.confirm().growl("is disabled");
            browser.waiting()
                    .until(d ->
                            rowOf(pages, "endpoints:table_data", url).getText().contains("Disabled"));
            assertThat(rowOf(pages, "endpoints:table_data", url).getText()).contains("Disabled by an administrator.");
            pages.click(pages.driver().findElement(By.cssSelector("#language a[data-lang='fr']")));
            browser.waiting()
                    .until(d -> rowOf(pages, "endpoints:table_data", url)
                            .getText()
                            .contains("Désactivé par un administrateur."));
            pages.click(pages.driver().findElement(By.cssSelector("#language a[data-lang='en']")));
            browser.waiting()
                    .until(d -> rowOf(pages, "endpoints:table_data", url)
                            .getText()
                            .contains("Disabled by an administrator."));
            assertThat(rowOf(pages, "endpoints:table_data", url).findElements(By.cssSelector("[id$=':disable']")))
                    .isEmpty();
            String missed = Fixtures.clients(team, 1).get(0);
            receiver.await(witness, SOON, arrivals -> createdOf(arrivals, missed) == 1);
            assertThat(createdOf(receiver.arrivals(path), missed)).isZero();

            // Its delivery log offers nothing to send while it is disabled.
            pages.click(rowOf(pages, "endpoints:table_data", url).findElement(By.linkText(url)));
            browser.waiting().until(ExpectedConditions.textToBe(By.id("endpointStatus"), "Disabled"));
            WebElement sent = rowOf(pages, "log:table_data", "client.created");
            assertThat(sent.findElements(By.cssSelector("[id$=':view']"))).hasSize(1);
            assertThat(sent.findElements(By.cssSelector("[id$=':resend']"))).isEmpty();
            assertThat(pages.driver().findElements(By.id("recover:recoverSince")))
                    .isEmpty();
            assertThat(pages.text("disabledNote")).contains("This endpoint is disabled");
            browser.screenshot("webhook-deliveries-disabled");
            pages.click("back");

            pages.click(rowOf(pages, "endpoints:table_data", url).findElement(By.cssSelector("[id$=':reEnable']")));
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reEnableForm:yes")));
            assertThat(pages.driver()
                            .findElement(By.id("reEnableForm:replay_input"))
                            .isSelected())
                    .isTrue();
            browser.screenshot("webhook-re-enable");
            pages.click("reEnableForm:yes").growl("is enabled again").growl("deliveries are on their way");
            receiver.await(path, SOON, arrivals -> createdOf(arrivals, missed) == 1);
            assertThat(rowOf(pages, "endpoints:table_data", url).getText()).contains("Enabled");
        }
    }

    @Test
    void theEndpointDialogSaysWhatItRefusesBeforeSaving() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String teamName = "Refusing team " + suffix;
        Fixtures.team(teamName);
        String integrationId = Fixtures.webhookIntegration("Refused hooks " + suffix);
        String path = receiver.newPath();
        String url = receiver.url(path);
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin();
            pages.open("/settings/integrations/webhook.xhtml?id=" + integrationId);

            // A private address: refused next to the field, in the page's words, and nothing added.
            pages.click("endpoints:add")
                    .choose("endpointForm:team", teamName)
                    .type("endpointForm:url", "http://10.1.2.3/hooks");
            pages.click("endpointForm:save");
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("endpointForm:urlMessage"), "The host 10.1.2.3 is in a private"));
            browser.screenshot("webhook-url-refused");
            assertThat(pages.text("endpoints:table")).contains("This integration has no endpoints yet.");

            // Every event type unticked: refused next to the checklist, whose boxes say their resource.
            pages.type("endpointForm:url", url);
            pages.click(pages.find("endpointForm:allEvents").findElement(By.cssSelector(".ui-chkbox-box")));
            List<String> names = browser
                    .waiting()
                    .until(d -> {
                        List<WebElement> boxes =
                                d.findElements(By.cssSelector(".koppel-event-types input[type=checkbox]"));
                        return boxes.isEmpty() ? null : boxes;
                    })
                    .stream()
                    .map(box -> box.getAttribute("aria-label"))
                    .toList();
            assertThat(names).contains("Clients: Created", "Orders: Deleted").doesNotHaveDuplicates();
            pages.click("endpointForm:save");
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("endpointForm:eventTypesMessage"), "Tick at least one event type"));
            assertThat(pages.driver().findElements(By.id("endpointForm:urlMessage")).stream()
                            .map(WebElement::getText))
                    .allMatch(String::isBlank);
            assertThat(pages.text("endpoints:table")).contains("This integration has no endpoints yet.");

            // One type ticked: added.
            pages.click(pages.driver().findElement(By.cssSelector("[data-type='client.created'] .ui-chkbox-box")));
            pages.click("endpointForm:save").growl("Copy its signing secret now");
            close(pages);

            // A slow ping: the table is blocked, its button disabled, until the answer shows.
            receiver.delay(path, Duration.ofSeconds(3));
            rowOf(pages, "endpoints:table_data", url)
                    .findElement(By.cssSelector("[id$=':ping']"))
                    .click();
            WebElement busy = browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-blockui-content")));
            assertThat(busy.getText()).contains("Sending the test event");
            assertThat(pages.driver()
                            .findElement(By.cssSelector("[id$=':ping']"))
                            .isEnabled())
                    .isFalse();
            browser.waiting().until(ExpectedConditions.textToBe(By.id("pingStatus"), "200"));
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
