package koppel.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import koppel.it.Browser;
import koppel.it.Deployments;
import koppel.it.api.Api;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The home page sums up what is set up: its figures follow what is added and used. Other tests
 * add data too, so the test compares its own before and after.
 */
@ExtendWith(ArquillianExtension.class)
class OverviewUiIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    /** The figures as the home page shows them. */
    private record Figures(long keys, long used, long links, long users) {

        static Figures on(AdminPages pages) {
            pages.open("/index.xhtml");
            return new Figures(
                    number(pages, "count-apiKeys"),
                    number(pages, "count-used"),
                    number(pages, "count-links"),
                    number(pages, "count-users"));
        }

        private static long number(AdminPages pages, String id) {
            return Long.parseLong(pages.text(id).replaceAll("[^0-9]", ""));
        }
    }

    @Test
    void theFiguresFollowWhatIsAddedAndUsed() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String user = "counted-" + suffix;
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin();
            Figures before = Figures.on(pages);
            assertThat(pages.text("page-title")).isEqualTo("Integrations");
            browser.screenshot("home");

            UsersPage.addUser(pages, user, "counted-password-1");
            pages.open("/settings/integrations/api-keys.xhtml")
                    .choose("keys:table:newOwner", "Ticket shop user (" + user + ")")
                    .type("keys:table:newName", "Counted " + suffix)
                    .click("keys:table:add");
            String key = pages.find("revealForm:key").getAttribute("value");
            pages.click("revealForm:done");
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("reveal")));
            pages.click("nav:addLink")
                    .type("addLink:name", "Counted link " + suffix)
                    .click("addLink:add");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("link:provider")));

            Figures added = Figures.on(pages);
            assertThat(added.keys()).isEqualTo(before.keys() + 1);
            assertThat(added.links()).isEqualTo(before.links() + 1);
            assertThat(added.users()).isEqualTo(before.users() + 1);
            assertThat(added.used()).isEqualTo(before.used());
            assertThat(pages.driver().findElements(By.id("firstSteps")))
                    .as("the first steps are for a system with nothing set up")
                    .isEmpty();

            assertThat(Api.withKey(key).get("/teams").status()).isEqualTo(200);
            // Last use is written a moment after the request, by the instance that answered it.
            browser.waiting().until(driver -> Figures.on(pages).used() == before.used() + 1);

            pages.click("go-apiKeys");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("page-title"), "API keys"));
        }
    }
}
