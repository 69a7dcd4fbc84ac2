package koppel.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import koppel.it.Browser;
import koppel.it.Deployments;
import koppel.it.Settings;
import koppel.it.api.Api;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Users and teams: a disabled user's keys stop working (and the page says which first), a user
 * without the admin role is turned away, teams are renamed.
 */
@ExtendWith(ArquillianExtension.class)
class UsersUiIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void disablingAUserShowsTheirKeysFirstAndStopsThem() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String user = "crm-" + suffix;
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin();
            UsersPage.addUser(pages, user, "crm-password-1234");
            pages.open("/settings/integrations/api-keys.xhtml")
                    .choose("keys:table:newOwner", "Ticket shop user (" + user + ")")
                    .type("keys:table:newName", "CRM sync " + suffix)
                    .click("keys:table:add");
            String key = pages.find("revealForm:key").getAttribute("value");
            assertThat(Api.withKey(key).get("/teams").status()).isEqualTo(200);

            pages.open(UsersPage.PATH);
            pages.click(rowOf(pages, user).findElement(By.cssSelector("[id$=':disable']")));
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("keysThatStop")));
            assertThat(pages.text("keysThatStop")).contains("CRM sync " + suffix);
            browser.screenshot("user-disable-confirm");
            pages.click("confirmUser:yes").growl("is disabled");
            assertThat(rowOf(pages, user).getText()).contains("Disabled");
            assertThat(Api.withKey(key).get("/teams").status()).isEqualTo(401);

            pages.click(rowOf(pages, user).findElement(By.cssSelector("[id$=':enable']")))
                    .growl("is enabled");
            assertThat(Api.withKey(key).get("/teams").status()).isEqualTo(200);

            pages.click(rowOf(pages, user).findElement(By.cssSelector("[id$=':delete']")));
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("keysThatStop")));
            pages.click("confirmUser:yes").growl("is deleted");
            assertThat(Api.withKey(key).get("/teams").status()).isEqualTo(401);
            browser.screenshot("users");
        }
    }

    @Test
    void formsSayWhatIsWrongNextToTheField() {
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin();
            pages.open(UsersPage.PATH)
                    .click("users:addUser")
                    .type("user:username", "Not Valid!")
                    .type("user:password", "short")
                    .click("user:save");
            assertThat(pages.text("user")).contains("Choose another username", "at least 12 characters");
            pages.type("user:username", "valid-" + Long.toString(System.nanoTime(), 36))
                    .type("user:email", "not-an-address")
                    .type("user:password", "long-enough-password")
                    .click("user:save");
            assertThat(pages.text("user")).contains("Enter an e-mail address");
            pages.type("user:password", "short")
                    .type("user:email", "crm@example.com")
                    .click("user:save");
            assertThat(pages.text("user")).contains("at least 12 characters");
        }
    }

    @Test
    void aUserWithoutTheAdminRoleIsTurnedAwayPolitely() {
        String user = "planner-" + Long.toString(System.nanoTime(), 36);
        try (Browser admin = Browser.open()) {
            AdminPages pages = new AdminPages(admin).logInAsAdmin();
            UsersPage.addUser(pages, user, "planner-password-1");
        }
        try (Browser browser = Browser.open()) {
            browser.driver().get(Settings.baseUrl() + "/admin/login.xhtml");
            browser.driver().findElement(By.id("login:username")).sendKeys(user);
            browser.driver().findElement(By.id("login:password")).sendKeys("planner-password-1");
            browser.driver().findElement(By.id("login:submit")).click();
            browser.waiting().until(ExpectedConditions.textToBe(By.id("page-title"), "Not allowed"));
            browser.driver().get(Settings.baseUrl() + "/admin/settings/integrations/api-keys.xhtml");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("page-title"), "Not allowed"));
            assertThat(browser.driver().getPageSource()).doesNotContain("keys:table");
            assertThat(browser.driver().findElement(By.tagName("body")).getText())
                    .doesNotContain("Exception");
            browser.screenshot("forbidden");
        }
    }

    @Test
    void aLostSessionLeadsBackToLoginWithoutAStackTrace() {
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin();
            pages.open(UsersPage.PATH);
            browser.driver().manage().deleteAllCookies();
            browser.driver().findElement(By.id("teams:newTeam")).sendKeys("Never added");
            browser.driver().findElement(By.id("teams:addTeam")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/admin/login.xhtml"));
            assertThat(browser.driver().findElement(By.tagName("body")).getText())
                    .doesNotContainIgnoringCase("exception");

            pages.logInAsAdmin();
            assertThat(pages.open(UsersPage.PATH).text("teams")).doesNotContain("Never added");
        }
    }

    @Test
    void teamsAreAddedAndRenamed() {
        String team = "Ensemble " + Long.toString(System.nanoTime(), 36);
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin();
            UsersPage.addTeam(pages, team);
            WebElement row = browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(
                            By.xpath("//tbody[@id='teams:table_data']/tr[.//span[normalize-space()='" + team + "']]")));
            pages.click(row.findElement(By.cssSelector("[id$=':rename']")));
            pages.type("renameTeam:name", team + " (renamed)")
                    .click("renameTeam:save")
                    .growl("is now called");
            assertThat(pages.text("teams")).contains(team + " (renamed)");
        }
    }

    private static WebElement rowOf(AdminPages pages, String username) {
        return pages.browser()
                .waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//tbody[@id='users:table_data']/tr[.//span[normalize-space()='" + username + "']]")));
    }
}
