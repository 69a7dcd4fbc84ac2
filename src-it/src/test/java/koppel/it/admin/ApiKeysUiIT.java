package koppel.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import koppel.it.Browser;
import koppel.it.Deployments;
import koppel.it.Http;
import koppel.it.Settings;
import koppel.it.api.Api;
import koppel.it.api.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * From a fresh start to a working API call, in the browser only: a team, a dedicated integration
 * user, a key for that user shown whole once with the curl line of a first call that works, its
 * permissions edited until the API agrees, and the key deleted; the keys page links the API explorer.
 */
@ExtendWith(ArquillianExtension.class)
class ApiKeysUiIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void anAdministratorGivesAnIntegrationAKeyAndTakesItAway() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String team = "Box office " + suffix;
        String user = "ticketshop-" + suffix;
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin();
            UsersPage.addTeam(pages, team);
            UsersPage.addUser(pages, user, "ticketshop-password-1");

            pages.open("/settings/integrations/api-keys.xhtml");
            assertThat(pages.text("warning")).contains("API keys are real passwords");
            pages.choose("keys:table:newOwner", "Ticket shop user (" + user + ")")
                    .type("keys:table:newName", "Ticket shop " + suffix)
                    .click("keys:table:add")
                    .growl("is created");
            WebElement revealed = pages.find("revealForm:key");
            assertThat(revealed.getAttribute("type")).isEqualTo("password");
            pages.click(pages.driver().findElement(By.cssSelector("#reveal .ui-password-icon")));
            assertThat(revealed.getAttribute("type")).isEqualTo("text");
            String key = revealed.getAttribute("value");
            assertThat(key).startsWith("kop_").hasSize(36);
            pages.click("revealForm:copy");
            assertThat(pages.text("copied")).isEqualTo("Copied.");
            String firstCall = "curl -H \"Authorization: Token %s\" " + Settings.baseUrl() + "/api/v1/teams";
            assertThat(pages.text("curlShown")).isEqualTo(firstCall.formatted(key.substring(0, 12) + "…"));
            String curl = pages.driver().findElement(By.id("curl")).getAttribute("value");
            assertThat(curl).isEqualTo(firstCall.formatted(key));
            pages.click("revealForm:copyCurl");
            assertThat(pages.text("curlCopied")).isEqualTo("Copied.");
            browser.screenshot("api-key-revealed");
            pages.click("revealForm:done");
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("reveal")));

            pages.open("/settings/integrations/api-keys.xhtml");
            assertThat(pages.source()).doesNotContain(key).contains(key.substring(0, 12) + "…");
            assertThat(pages.find("explorer").getAttribute("href")).isEqualTo(Settings.baseUrl() + "/api/docs/");
            WebElement row = rowOf(pages, "Ticket shop " + suffix);
            assertThat(row.getText()).contains(user, "None", "Never used");
            browser.screenshot("api-keys");

            assertThat(runCurl(curl).statusCode()).as("the first call: " + curl).isEqualTo(200);
            pages.click(row.findElement(By.linkText("Ticket shop " + suffix)));
            browser.waiting().until(ExpectedConditions.textToBe(By.id("page-title"), "API key"));
            String teamId = teamIdOf(pages, team);
            pages.tick("key:teams", team);
            grant(pages, 1, "read").click("key:save").growl("is saved");
            browser.screenshot("api-key-edit");
            assertThat(Api.withKey(key).get("/teams/" + teamId + "/clients").status())
                    .isEqualTo(200);

            pages.open("/settings/integrations/api-keys.xhtml");
            pages.click(rowOf(pages, "Ticket shop " + suffix).findElement(By.cssSelector("[id$=':view']")));
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("permissionsView")));
            assertThat(pages.text("permissionsView")).contains("Clients Read", "Orders None");
            assertThat(pages.driver().findElements(By.cssSelector("#permissionsView input")))
                    .isEmpty();
            pages.click(pages.driver().findElement(By.cssSelector("#permissionsDialog .ui-dialog-titlebar-close")));
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("permissionsDialog")));

            pages.click(rowOf(pages, "Ticket shop " + suffix).findElement(By.linkText("Ticket shop " + suffix)));
            grant(pages, 1, "none").click("key:save").growl("is saved");
            assertThat(Api.withKey(key).get("/teams/" + teamId + "/clients").status())
                    .isEqualTo(403);

            pages.open("/settings/integrations/api-keys.xhtml");
            pages.click(rowOf(pages, "Ticket shop " + suffix).findElement(By.cssSelector("[id$=':delete']")))
                    .confirm()
                    .growl("is deleted");
            assertThat(Api.withKey(key).get("/teams").status()).isEqualTo(401);
            assertThat(pages.source()).doesNotContain("Ticket shop " + suffix + "</a>");
        }
    }

    @Test
    void rollingShowsTheNewKeyOnceAndTheOldOneStopsWithoutGrace() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String user = "roller-" + suffix;
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin();
            UsersPage.addUser(pages, user, "roller-password-123");
            pages.open("/settings/integrations/api-keys.xhtml")
                    .choose("keys:table:newOwner", "Ticket shop user (" + user + ")")
                    .type("keys:table:newName", "Rolled " + suffix)
                    .click("keys:table:add");
            String oldKey = pages.find("revealForm:key").getAttribute("value");
            pages.click("revealForm:done");
            assertThat(Api.withKey(oldKey).get("/teams").status()).isEqualTo(200);

            pages.open("/settings/integrations/api-keys.xhtml");
            pages.click(rowOf(pages, "Rolled " + suffix).findElement(By.linkText("Rolled " + suffix)));
            String editPage = pages.driver().getCurrentUrl();
            browser.waiting().until(driver -> {
                pages.open(editPage.substring(editPage.indexOf("/admin") + "/admin".length()));
                return pages.text("key").contains(" UTC · ");
            });
            pages.click(pages.driver()
                            .findElement(By.xpath("//label[starts-with(@for, 'roll:grace:')][.='Not at all']")))
                    .click("roll:rollKey")
                    .confirm()
                    .growl("has a new secret");
            String newKey = pages.find("revealForm:key").getAttribute("value");

            assertThat(newKey).isNotEqualTo(oldKey).startsWith("kop_");
            assertThat(Api.withKey(newKey).get("/teams").status()).isEqualTo(200);
            assertThat(Api.withKey(oldKey).get("/teams").status()).isEqualTo(401);
        }
    }

    /** The key page offers the installation's webhook integrations; the keys page names the one chosen. */
    @Test
    void aKeyIsLinkedToAWebhookIntegration() {
        String integration = Fixtures.unique("Ticketing");
        Fixtures.webhookIntegration(integration);
        String name = Fixtures.unique("Linked");
        Fixtures.Key key = Fixtures.key(List.of(Fixtures.team()), Map.of(), b -> b.add("name", name));
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin();
            pages.open("/settings/integrations/api-key.xhtml?id=" + key.id());
            assertThat(pages.text("key:webhookIntegration_label")).isEqualTo("None");

            pages.choose("key:webhookIntegration", integration)
                    .click("key:save")
                    .growl("is saved");

            pages.open("/settings/integrations/api-key.xhtml?id=" + key.id());
            assertThat(pages.text("key:webhookIntegration_label")).isEqualTo(integration);
            pages.choose("key:webhookIntegration", "None").click("key:save").growl("is saved");
            pages.open("/settings/integrations/api-key.xhtml?id=" + key.id());
            assertThat(pages.text("key:webhookIntegration_label")).isEqualTo("None");
        }
    }

    /** Makes the call a curl line says: its Authorization header, GET of its address. */
    private static HttpResponse<String> runCurl(String line) {
        Matcher call =
                Pattern.compile("curl -H \"Authorization: ([^\"]+)\" (\\S+)").matcher(line);
        assertThat(call.matches()).as(line).isTrue();
        return Http.send(HttpRequest.newBuilder(URI.create(call.group(2)))
                .header("Authorization", call.group(1))
                .build());
    }

    private static WebElement rowOf(AdminPages pages, String keyName) {
        return pages.browser()
                .waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//tbody[@id='keys:table_data']/tr[.//a[normalize-space()='" + keyName + "']]")));
    }

    /** The radio button of one resource type (its row in the matrix) and access level. */
    /** Picks an access level in a row of the permissions table, and waits until it shows as picked. */
    private static AdminPages grant(AdminPages pages, int row, String level) {
        WebElement box =
                pages.find("key:types:" + row + ":" + level).findElement(By.cssSelector(".ui-radiobutton-box"));
        pages.click(box);
        pages.browser().waiting().until(d -> box.getAttribute("class").contains("ui-state-active"));
        return pages;
    }

    /** The id of a team, as the (hidden) checkbox of the teams menu holds it. */
    private static String teamIdOf(AdminPages pages, String team) {
        WebElement label = pages.driver()
                .findElement(By.xpath("//label[starts-with(@for, 'key:teams:')][normalize-space()='" + team + "']"));
        return pages.driver().findElement(By.id(label.getAttribute("for"))).getAttribute("value");
    }
}
