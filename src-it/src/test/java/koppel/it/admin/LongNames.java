package koppel.it.admin;

import java.util.List;
import koppel.it.Settings;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A team, a user, a link and a key whose names are as long as the forms allow, set up through the
 * admin pages (the key acts for the link and reads the team), and the admin pages that show them.
 *
 * @param name the name of the team, the link and the key, and the user's display name: 100 characters
 * @param username the user's login: 64 characters
 * @param prefix what the keys table shows of the key, e.g. {@code kop_XEYym3Pq…}
 * @param webhookId the webhook integration of that name, with an endpoint in the team
 * @param deliveries the path of that endpoint's delivery log
 */
record LongNames(
        String name, String username, String prefix, String keyId, String linkId, String webhookId, String deliveries) {

    /** An admin page: a short name for reports and screenshots, and its path under /admin. */
    record Page(String name, String path) {}

    static final Page LOGIN = new Page("login", "/login.xhtml");

    private static LongNames shared;

    /**
     * The sample of this test run, set up by the first class that asks: the classes that need it only
     * look at it, and building it through the pages takes a while.
     */
    static synchronized LongNames shared(AdminPages pages) {
        if (shared == null) {
            shared = create(pages);
        }
        return shared;
    }

    /** Names of the forms' maximum lengths, unique to this run: {@code W} and a random suffix, then {@code w}s. */
    private static LongNames create(AdminPages pages) {
        String suffix = Long.toString(System.nanoTime(), 36);
        String name = ("W" + suffix + "w".repeat(100)).substring(0, 100);
        String username = ("w" + suffix + "w".repeat(64)).substring(0, 64);

        UsersPage.addTeam(pages, name);
        pages.open(UsersPage.PATH)
                .click("users:addUser")
                .type("user:username", username)
                .type("user:displayName", name)
                .type("user:password", "long-names-password-1")
                .click("user:save")
                .growl("is added");

        pages.open("/settings/integrations/links.xhtml")
                .click("nav:addLink")
                .type("addLink:name", name)
                .click("addLink:add");
        pages.browser().waiting().until(ExpectedConditions.textToBe(By.id("linkName"), name));
        String linkId = pages.driver().getCurrentUrl().replaceFirst(".*[?&]link=([^&]+).*", "$1");

        pages.open("/settings/integrations/api-keys.xhtml")
                .choose("keys:table:newOwner", name + " (" + username + ")")
                .type("keys:table:newName", name)
                .click("keys:table:add")
                .growl("is created");
        String key = pages.find("revealForm:key").getAttribute("value");
        pages.click("revealForm:done");
        pages.open("/settings/integrations/api-keys.xhtml");
        String href = pages.driver()
                .findElement(By.xpath("//tbody[@id='keys:table_data']//a[normalize-space()='" + name + "']"))
                .getAttribute("href");
        String keyId = href.replaceFirst(".*[?&]id=([^&]+).*", "$1");

        pages.open("/settings/integrations/api-key.xhtml?id=" + keyId)
                .choose("key:ticketingLink", name)
                .tick("key:teams", name)
                .click("key:save")
                .growl("is saved");

        pages.open("/settings/integrations/webhooks.xhtml")
                .click("integrations:add")
                .type("integrationForm:name", name)
                .click("integrationForm:save")
                .growl("is added");
        pages.click(pages.driver()
                .findElement(By.xpath("//tbody[@id='integrations:table_data']//a[@title='" + name + "']")));
        pages.browser().waiting().until(ExpectedConditions.textToBe(By.id("integrationName"), name));
        String webhookId = pages.driver().getCurrentUrl().replaceFirst(".*[?&]id=([^&]+).*", "$1");
        pages.click("endpoints:add")
                .choose("endpointForm:team", name)
                .type(
                        "endpointForm:url",
                        "http://127.0.0.1:" + Settings.require("koppel.it.webhook-port") + "/hooks/" + suffix)
                .click("endpointForm:save")
                .growl("is added");
        pages.click("revealForm:done");
        String deliveries = pages.driver()
                .findElement(By.cssSelector("[id='endpoints:table_data'] a.koppel-endpoint-url"))
                .getAttribute("href");
        return new LongNames(
                name,
                username,
                key.substring(0, 12) + "…",
                keyId,
                linkId,
                webhookId,
                deliveries.substring(deliveries.indexOf("/settings/")));
    }

    /** Every admin page a logged-in administrator sees, those showing the long names included. */
    List<Page> adminPages() {
        return List.of(
                new Page("home", "/"),
                new Page("api-keys", "/settings/integrations/api-keys.xhtml"),
                new Page("api-key", "/settings/integrations/api-key.xhtml?id=" + keyId),
                new Page("links", "/settings/integrations/links.xhtml?link=" + linkId),
                new Page("users", UsersPage.PATH),
                new Page("source-authorizations", SourcesPages.AUTHORIZATIONS),
                new Page("sources", SourcesPages.CONFIGURATIONS),
                new Page("source-integrations", SourcesPages.INTEGRATIONS),
                new Page("webhooks", "/settings/integrations/webhooks.xhtml"),
                new Page("webhook", "/settings/integrations/webhook.xhtml?id=" + webhookId),
                new Page("webhook-deliveries", deliveries),
                new Page("forbidden", "/forbidden.xhtml"),
                new Page("not-found", "/no-such-page.xhtml"));
    }
}
