package koppel.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import koppel.it.Browser;
import koppel.it.Deployments;
import koppel.it.api.Fixtures;
import koppel.it.ticketing.TicketmaticStub;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A link to Ticketmatic as an administrator sets it up, against the stand-in of one account: the
 * fields Ticketmatic asks for (the API address and time zone show their defaults), the team it
 * serves (and that no other link is offered it), Verify with what the real call found, in
 * Ticketmatic's own words when it refuses a wrong secret key, and Sync now, whose pull appears
 * under the last runs. The page keeps to a phone's width with runs in its table.
 */
@ExtendWith(ArquillianExtension.class)
class TicketingLinksUiIT {

    private static final String ACCOUNT = "link:fields:0:value";
    private static final String ACCESS_KEY = "link:fields:1:value";
    private static final String SECRET_KEY = "link:fields:2:secret";
    private static final String HOST = "link:fields:3:value";
    private static final String TIME_ZONE = "link:fields:4:value";
    private static final String LOCATION = "link:fields:5:value";

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void aTicketmaticLinkIsConfiguredVerifiedRefusedAndSynced() {
        TicketmaticStub ticketmatic = new TicketmaticStub();
        Map<String, String> configuration = ticketmatic.configuration();
        String suffix = Long.toString(System.nanoTime(), 36);
        String name = "Ticketmatic " + suffix;
        String team = "Box office " + suffix;
        Fixtures.team(team);
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin();
            addLink(pages, name);
            String linkPage = pages.driver().getCurrentUrl();

            pages.choose("link:provider", "Ticketmatic");
            assertThat(pages.text("link"))
                    .contains("Account name", "Access key", "Secret key", "Time zone of the account");
            assertThat(pages.find(HOST).getAttribute("placeholder")).isEqualTo("https://apps.ticketmatic.com");
            assertThat(pages.find(TIME_ZONE).getAttribute("placeholder")).isEqualTo("Europe/Brussels");
            pages.type(ACCOUNT, configuration.get("account"))
                    .type(ACCESS_KEY, configuration.get("access_key"))
                    .type(SECRET_KEY, configuration.get("secret_key"))
                    .type(HOST, configuration.get("host"))
                    .type(TIME_ZONE, "Europe/Nowhere")
                    .type(LOCATION, "the big hall")
                    .click("link:save");
            assertThat(pages.text("link")).contains("Enter a time zone such as Europe/Brussels.");
            assertThat(pages.text("link")).contains("Enter a whole number.");
            assertThat(pages.driver().findElements(By.id("link:verify")))
                    .as("nothing saved to verify yet")
                    .isEmpty();
            pages.type(SECRET_KEY, configuration.get("secret_key"))
                    .type(TIME_ZONE, configuration.get("time_zone"))
                    .type(LOCATION, "")
                    .click("link:save")
                    .growl("is saved");

            pages.tick("serve:teams", team).click("serve:saveTeams").growl("are saved");
            pages.driver().navigate().refresh();
            pages.settle();
            assertThat(pages.text("serve:teams")).contains(team);

            pages.click("link:verify");
            WebElement passed = pages.find("link:verifyResult");
            assertThat(passed.getAttribute("class")).contains("koppel-verify-passed");
            assertThat(passed.getText())
                    .contains(
                            "Connection verified.", "Signed in to Ticketmatic account " + configuration.get("account"));
            assertThat(pages.text("runs:table")).contains("Verification", "Administrator", "OK");
            browser.screenshot("ticketing-link-verified");

            pages.type(SECRET_KEY, "sk-wrong-" + suffix).click("link:save").growl("is saved");
            assertThat(pages.driver().findElements(By.id("link:verifyResult")))
                    .as("a new configuration is not yet verified")
                    .isEmpty();
            pages.click("link:verify");
            WebElement failed = pages.find("link:verifyResult");
            assertThat(failed.getAttribute("class")).contains("koppel-verify-failed");
            assertThat(failed.getText()).contains("Verification failed.", "401", "Invalid authentication");
            assertThat(pages.text("runs:table")).contains("Error", "Invalid authentication");
            browser.screenshot("ticketing-link-refused");
            // PrimeFaces greys the button out while its request runs (and fades it back): look once it is back
            browser.waiting().until(driver -> "1".equals(browser.js("""
                    const verify = document.getElementById('link:verify');
                    return verify.classList.contains('ui-state-disabled') ? '' : getComputedStyle(verify).opacity;""")));
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            assertThat(AccessibilityUiIT.check(pages, new LongNames.Page("ticketmatic-link", linkPage)))
                    .as("serious and critical axe-core violations of a configured link's page")
                    .isEmpty();

            pages.click("runs:syncNow").growl("Sync started; results appear under Last runs");
            browser.waiting().until(driver -> {
                pages.click("runs:refresh");
                return manualPulls(pages) > 0;
            });
            browser.screenshot("ticketing-link-runs");

            browser.resize(360, 800);
            pages.driver().navigate().refresh();
            pages.settle();
            assertThat((Long) browser.js("return document.documentElement.scrollWidth - window.innerWidth;"))
                    .as("how far the page scrolls sideways at 360 px")
                    .isLessThanOrEqualTo(0);
            browser.screenshot("ticketing-link-narrow");
            browser.resize(1280, 900);

            String other = "Other " + suffix;
            addLink(pages, other);
            pages.click("serve:teams");
            assertThat(pages.find("serve:teams_panel").getText())
                    .as("a team is served by one link at most")
                    .doesNotContain(team);
            deleteLink(pages);

            pages.driver().get(linkPage);
            pages.settle();
            pages.choose("link:provider", "–");
            deleteLink(pages);
        }
    }

    @Test
    void aLinkWithoutRunsOrEventsSaysSo() {
        String name = "Quiet link " + UUID.randomUUID();
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin();
            addLink(pages, name);
            assertThat(pages.text("runs:table")).contains("No runs yet.");
            assertThat(pages.text("events:table")).contains("No session group has an event through this link yet.");
            assertThat(pages.driver().findElements(By.id("runs:syncNow")))
                    .as("nothing to sync without a type")
                    .isEmpty();
            deleteLink(pages);
        }
    }

    private static void addLink(AdminPages pages, String name) {
        pages.open("/settings/integrations/links.xhtml")
                .click("nav:addLink")
                .type("addLink:name", name)
                .click("addLink:add");
        pages.browser().waiting().until(ExpectedConditions.textToBe(By.id("linkName"), name));
    }

    private static void deleteLink(AdminPages pages) {
        pages.click("link:delete").confirm();
        pages.browser().waiting().until(ExpectedConditions.urlMatches("/links\\.xhtml$"));
    }

    /** The rows of the runs table that are pulls an administrator started. */
    private static long manualPulls(AdminPages pages) {
        List<WebElement> rows = pages.driver().findElements(By.cssSelector("[id='runs:table_data'] > tr"));
        return rows.stream()
                .map(WebElement::getText)
                .filter(text -> text.contains("Pull of sales") && text.contains("Administrator"))
                .count();
    }
}
