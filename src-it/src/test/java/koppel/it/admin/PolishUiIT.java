package koppel.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import koppel.it.Browser;
import koppel.it.Deployments;
import koppel.it.Http;
import koppel.it.Settings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a finished product shows: notes said once, the menu kept on error pages, no menu entry that
 * leads nowhere, the page's language declared, a favicon, PrimeFaces' own words translated, the
 * add row on one line, the password's eye inside its field, and inactive keys marked.
 */
@ExtendWith(ArquillianExtension.class)
class PolishUiIT {

    private static final List<String> LANGUAGES = List.of("en", "fr", "nl", "de");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void aNoteSaysItsTextOnceAndAFieldErrorStaysNextToItsField() {
        String team = "Once " + suffix();
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin();
            pages.open(UsersPage.PATH).click("teams:addTeam");
            assertThat(pages.text("teams")).contains("Enter a name.");
            assertThat(growlText(pages)).doesNotContain("Enter a name.");

            pages.type("teams:newTeam", team).click("teams:addTeam").growl("is added");
            String note = "The team \"" + team + "\" is added.";
            assertThat(growlText(pages).split(Pattern.quote(note), -1))
                    .as("the note appears exactly once")
                    .hasSize(2);
        }
    }

    @Test
    void aFailedLoginSaysSoOnce() {
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).open("/login.xhtml");
            pages.type("login:username", "admin").type("login:password", "not-the-password-" + suffix());
            pages.click("login:submit");
            String failed = "The username or password is not correct.";
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), failed));
            assertThat(pages.driver().findElement(By.tagName("body")).getText().split(Pattern.quote(failed), -1))
                    .as("the message appears exactly once")
                    .hasSize(2);
        }
    }

    @Test
    void errorPagesKeepTheMenuForALoggedInUser() {
        String user = "visitor-" + suffix();
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin();
            pages.open("/no-such-page-" + suffix() + ".xhtml");
            assertThat(pages.text("page-title")).isEqualTo("Page not found");
            assertThat(pages.text("menu")).contains("System settings", "admin", "Log out");
            browser.screenshot("not-found");
            UsersPage.addUser(pages, user, "visitor-password-1");
        }
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logIn(user, "visitor-password-1");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("page-title"), "Not allowed"));
            assertThat(pages.text("menu")).contains(user, "Log out").doesNotContain("System settings");
            browser.screenshot("forbidden-with-menu");
            pages.click("menu:logout");
            browser.waiting().until(ExpectedConditions.urlContains("/admin/login.xhtml"));
        }
    }

    @Test
    void theMenuOffersOnlyPagesThatExist() {
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin();
            for (String page : List.of("/index.xhtml", "/settings/integrations/api-keys.xhtml")) {
                pages.open(page);
                String menus = (String)
                        ((JavascriptExecutor) pages.driver())
                                .executeScript(
                                        "return document.getElementById('menu').textContent"
                                                + " + (document.getElementById('nav') ? document.getElementById('nav').textContent : '')");
                assertThat(menus).contains("API keys", "Integration sources", "Webhooks");
            }
            for (String page : List.of("sources", "source-authorizations", "source-integrations")) {
                pages.open("/settings/integrations/" + page + ".xhtml");
                assertThat(pages.text("page-title")).isNotEqualTo("Page not found");
            }
        }
    }

    @Test
    void thePageDeclaresItsLanguage() {
        try (Browser browser = Browser.preferring("nl")) {
            AdminPages pages = new AdminPages(browser);
            pages.open("/login.xhtml");
            assertThat(language(pages)).isEqualTo("nl");
            pages.logInAsAdmin();
            for (String language : LANGUAGES) {
                switchTo(pages, language);
                assertThat(language(pages)).isEqualTo(language);
            }
        }
    }

    @Test
    void aFaviconIsServedAndTheConsoleStaysClean() {
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser);
            pages.open("/login.xhtml");
            String icon = pages.driver()
                    .findElement(By.cssSelector("link[rel='icon']"))
                    .getAttribute("href");
            HttpResponse<String> answer = Http.get(icon);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
            assertThat(Http.get(Settings.baseUrl() + "/admin/login.xhtml").body())
                    .contains("rel=\"icon\"");

            pages.logInAsAdmin();
            for (String page : List.of(
                    "/index.xhtml",
                    "/settings/integrations/api-keys.xhtml",
                    "/settings/integrations/links.xhtml",
                    "/settings/users.xhtml")) {
                pages.open(page);
            }
            List<LogEntry> problems = pages.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()
                            || entry.getMessage().contains("404"))
                    .toList();
            assertThat(problems).extracting(LogEntry::getMessage).isEmpty();
        }
    }

    @Test
    void providerNamesAndTheDatePickerSpeakTheLanguage() {
        String suffix = suffix();
        String user = "speaker-" + suffix;
        Map<String, List<String>> words = Map.of(
                "fr", List.of("API de billetterie générique", "Maintenant", "Effacer"),
                "nl", List.of("Generieke ticketing-API", "Nu", "Wissen"),
                "de", List.of("Generische Ticketing-API", "Jetzt", "Löschen"));
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin();
            UsersPage.addUser(pages, user, "speaker-password-1");
            NoSurprisesUiIT.addKey(pages, user, "Spoken " + suffix);
            pages.click(NoSurprisesUiIT.rowOf(pages, "Spoken " + suffix).findElement(By.linkText("Spoken " + suffix)));
            String keyPage = pages.driver().getCurrentUrl();
            pages.open("/settings/integrations/links.xhtml")
                    .click("nav:addLink")
                    .type("addLink:name", "Spoken link " + suffix)
                    .click("addLink:add");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("link:provider")));
            String linkPage = pages.driver().getCurrentUrl();

            for (String language : List.of("fr", "nl", "de")) {
                switchTo(pages, language);
                pages.driver().get(linkPage);
                pages.settle();
                assertThat(options(pages, "link:provider_input"))
                        .contains(words.get(language).get(0));

                pages.driver().get(keyPage);
                pages.settle();
                pages.click(pages.driver().findElement(By.cssSelector("[id='key:expiresAt'] .ui-datepicker-trigger")));
                WebElement panel = pages.find("key:expiresAt_panel");
                assertThat(panel.getText()).contains(words.get(language).subList(1, 3));
                browser.screenshot("date-picker-" + language);
            }
            switchTo(pages, "en");
            pages.driver().get(linkPage);
            pages.settle();
            pages.click("link:delete").confirm();
        }
    }

    @Test
    void theAddRowStaysOnOneLineInEveryLanguage() {
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin();
            for (String language : LANGUAGES) {
                pages.open("/settings/integrations/api-keys.xhtml");
                switchTo(pages, language);
                Rectangle owner = pages.find("keys:table:newOwner").getRect();
                Rectangle name = pages.find("keys:table:newName").getRect();
                Rectangle add = pages.find("keys:table:add").getRect();
                assertThat(List.of(centre(name), centre(add)))
                        .as("in %s", language)
                        .allSatisfy(y -> assertThat(Math.abs(y - centre(owner))).isLessThanOrEqualTo(4));
                assertThat(add.getHeight()).as("the button's text on one line").isLessThan(name.getHeight() * 3 / 2);
                browser.screenshot("api-keys-add-row-" + language);
            }
        }
    }

    @Test
    void thePasswordFieldIsAsWideAsTheOthersWithItsEyeInside() {
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin();
            pages.open(UsersPage.PATH).click("users:addUser");
            Rectangle username = pages.find("user:username").getRect();
            Rectangle password = pages.find("user:password").getRect();
            Rectangle eye = pages.driver()
                    .findElement(By.cssSelector("#userDialog .ui-password-icon"))
                    .getRect();
            assertThat(password.getWidth()).isBetween(username.getWidth() - 2, username.getWidth() + 2);
            assertThat(eye.getX()).isGreaterThan(password.getX());
            assertThat(eye.getX() + eye.getWidth()).isLessThanOrEqualTo(password.getX() + password.getWidth());
            browser.screenshot("user-dialog");
        }
    }

    @Test
    void theKeysOfADisabledUserAreMarkedInactive() {
        String suffix = suffix();
        String user = "paused-" + suffix;
        String key = "Paused " + suffix;
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin();
            UsersPage.addUser(pages, user, "paused-password-1");
            NoSurprisesUiIT.addKey(pages, user, key);
            pages.open("/settings/integrations/api-keys.xhtml");
            assertThat(NoSurprisesUiIT.rowOf(pages, key).getText()).doesNotContain("Inactive");

            pages.open(UsersPage.PATH);
            pages.click(userRow(pages, user).findElement(By.cssSelector("[id$=':disable']")));
            pages.click("confirmUser:yes").growl("is disabled");

            pages.open("/settings/integrations/api-keys.xhtml");
            WebElement row = NoSurprisesUiIT.rowOf(pages, key);
            assertThat(row.getText()).contains("Inactive");
            assertThat(row.findElement(By.cssSelector(".koppel-key-inactive")).getAttribute("title"))
                    .contains(user, "disabled");
            browser.screenshot("api-keys-inactive");

            pages.open(UsersPage.PATH);
            pages.click(userRow(pages, user).findElement(By.cssSelector("[id$=':enable']")))
                    .growl("is enabled");
            pages.open("/settings/integrations/api-keys.xhtml");
            assertThat(NoSurprisesUiIT.rowOf(pages, key).getText()).doesNotContain("Inactive");
        }
    }

    private static String growlText(AdminPages pages) {
        return pages.driver().findElements(By.cssSelector(".ui-growl")).stream()
                .map(WebElement::getText)
                .reduce("", String::concat);
    }

    private static String language(AdminPages pages) {
        return pages.driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    private static void switchTo(AdminPages pages, String language) {
        pages.click(pages.driver().findElement(By.cssSelector("#language a[data-lang='" + language + "']")));
        pages.browser()
                .waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#language a.active[data-lang='" + language + "']")));
        pages.settle();
    }

    private static List<String> options(AdminPages pages, String selectId) {
        return pages.driver().findElements(By.cssSelector("[id='" + selectId + "'] option")).stream()
                .map(option -> option.getAttribute("textContent").strip())
                .toList();
    }

    private static int centre(Rectangle rect) {
        return rect.getY() + rect.getHeight() / 2;
    }

    private static WebElement userRow(AdminPages pages, String username) {
        return pages.browser()
                .waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//tbody[@id='users:table_data']/tr[.//span[normalize-space()='" + username + "']]")));
    }

    private static String suffix() {
        return Long.toString(System.nanoTime(), 36);
    }
}
