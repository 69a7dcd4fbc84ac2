package koppel.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import koppel.it.Browser;
import koppel.it.Deployments;
import koppel.it.Settings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Logging in to the admin UI in a real browser, in the four languages. */
@ExtendWith(ArquillianExtension.class)
class LoginIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void theAdministratorLogsInAndSeesIntegrations() {
        try (Browser browser = Browser.open()) {
            WebDriver driver = browser.driver();
            driver.get(Settings.baseUrl() + "/admin/");
            browser.waiting().until(ExpectedConditions.urlContains("/admin/login.xhtml"));
            browser.screenshot("login");

            logIn(driver, "admin", Settings.adminPassword());

            browser.waiting().until(ExpectedConditions.textToBe(By.id("page-title"), "Integrations"));
            assertThat(driver.findElement(By.id("menu")).getText()).contains("System settings", "admin");
            browser.screenshot("integrations");
        }
    }

    @Test
    void aWrongPasswordShowsTheLoginErrorAndNothingElse() {
        try (Browser browser = Browser.open()) {
            WebDriver driver = browser.driver();
            driver.get(Settings.baseUrl() + "/admin/login.xhtml");

            logIn(driver, "admin", "not-the-password");

            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("login:messages"), "The username or password is not correct."));
            assertThat(driver.getCurrentUrl()).contains("/admin/login.xhtml");
            assertThat(driver.findElements(By.id("menu"))).isEmpty();
            assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContainIgnoringCase("exception");
            browser.screenshot("login-failed");

            driver.get(Settings.baseUrl() + "/admin/settings/users.xhtml");
            browser.waiting().until(ExpectedConditions.urlContains("/admin/login.xhtml"));

            logIn(driver, "admin", Settings.adminPassword());
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("menu")));
        }
    }

    @Test
    void anUnknownUserGetsTheSameErrorAsAWrongPassword() {
        try (Browser browser = Browser.open()) {
            WebDriver driver = browser.driver();
            driver.get(Settings.baseUrl() + "/admin/login.xhtml");

            logIn(driver, "nobody-" + System.nanoTime(), "whatever-password");

            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("login:messages"), "The username or password is not correct."));
        }
    }

    @Test
    void theLoginPageFollowsTheBrowsersLanguageAndCanBeSwitched() {
        try (Browser browser = Browser.preferring("nl")) {
            WebDriver driver = browser.driver();
            driver.get(Settings.baseUrl() + "/admin/login.xhtml");
            assertThat(driver.findElement(By.id("page-title")).getText()).isEqualTo("Aanmelden");

            switchTo(browser, "fr", "Connexion");
            switchTo(browser, "de", "Anmelden");
            switchTo(browser, "en", "Log in");

            logIn(driver, "admin", Settings.adminPassword());
            browser.waiting().until(ExpectedConditions.textToBe(By.id("page-title"), "Integrations"));
            switchTo(browser, "fr", "Intégrations");
            browser.screenshot("integrations-fr");
            switchTo(browser, "nl", "Integraties");
            driver.navigate().refresh();
            assertThat(driver.findElement(By.id("page-title")).getText()).isEqualTo("Integraties");
        }
    }

    private static void switchTo(Browser browser, String language, String expectedTitle) {
        browser.driver()
                .findElement(By.cssSelector("#language a[data-lang='" + language + "']"))
                .click();
        browser.waiting().until(ExpectedConditions.textToBe(By.id("page-title"), expectedTitle));
    }

    private static void logIn(WebDriver driver, String username, String password) {
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
    }
}
