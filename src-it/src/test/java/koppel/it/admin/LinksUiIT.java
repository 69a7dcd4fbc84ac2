package koppel.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import koppel.it.Browser;
import koppel.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Links to external systems as the seed describes them: the blue "+" beside "API keys", a name and
 * "Add"; the provider under "Integration type" brings its own fields; the blank type brings the
 * button that deletes the link.
 */
@ExtendWith(ArquillianExtension.class)
class LinksUiIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void aLinkIsAddedConfiguredBlankedAndDeleted() {
        String name = "Box office system " + Long.toString(System.nanoTime(), 36);
        String password = "s3cret-" + System.nanoTime();
        String baseUrl = LinksPage.baseUrl(Long.toString(System.nanoTime(), 36));
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin();
            pages.open("/settings/integrations/api-keys.xhtml").click("nav:addLink");
            pages.click("addLink:add");
            assertThat(pages.text("addLinkDialog")).contains("Enter a name.");
            pages.type("addLink:name", name).click("addLink:add");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("linkName"), name));
            assertThat(pages.text("nav")).contains(name);
            assertThat(pages.driver().findElements(By.id(LinksPage.BASE_URL))).isEmpty();

            pages.choose("link:provider", LinksPage.GENERIC);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(LinksPage.BASE_URL)));
            assertThat(pages.text("link"))
                    .contains("Base URL", "Authentication", "Username (HTTP Basic)", "Password (HTTP Basic)");
            assertThat(pages.driver().findElements(By.id("link:delete"))).isEmpty();
            assertThat(pages.driver().findElements(By.id("link:verify")))
                    .as("nothing saved to verify yet")
                    .isEmpty();
            pages.type(LinksPage.BASE_URL, "not a url").click("link:save");
            assertThat(pages.text("link")).contains("Enter an http or https address");
            pages.type(LinksPage.BASE_URL, "http://169.254.169.254/latest").click("link:save");
            assertThat(pages.text("link")).contains("Koppel does not call it");

            pages.choose(LinksPage.AUTH, LinksPage.BASIC)
                    .type(LinksPage.BASE_URL, baseUrl)
                    .click("link:save");
            assertThat(pages.text("link"))
                    .as("HTTP Basic needs a username and password")
                    .contains("This field is required.");
            pages.type(LinksPage.USERNAME, "koppel")
                    .type(LinksPage.PASSWORD, password)
                    .click("link:save")
                    .growl("is saved");
            pages.find("link:verify");
            browser.screenshot("link-configured");

            pages.driver().navigate().refresh();
            pages.settle();
            assertThat(pages.find(LinksPage.BASE_URL).getAttribute("value")).isEqualTo(baseUrl);
            assertThat(pages.text(LinksPage.AUTH + "_label")).isEqualTo(LinksPage.BASIC);
            assertThat(pages.find(LinksPage.PASSWORD).getAttribute("value")).isEmpty();
            assertThat(pages.find(LinksPage.PASSWORD).getAttribute("placeholder"))
                    .startsWith("Stored");
            assertThat(pages.source()).doesNotContain(password);
            assertThat(pages.driver().findElements(By.id("link:delete"))).isEmpty();

            pages.type(LinksPage.USERNAME, "koppel-2").click("link:save").growl("is saved");
            pages.driver().navigate().refresh();
            pages.settle();
            assertThat(pages.find(LinksPage.PASSWORD).getAttribute("placeholder"))
                    .as("a secret left blank is kept")
                    .startsWith("Stored");

            pages.choose("link:provider", "–");
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id(LinksPage.BASE_URL)));
            pages.click("link:delete").confirm();
            browser.waiting().until(ExpectedConditions.urlMatches("/links\\.xhtml$"));
            pages.growl("is deleted");
            assertThat(pages.text("nav")).doesNotContain(name);
        }
    }
}
