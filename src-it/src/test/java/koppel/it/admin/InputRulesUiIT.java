package koppel.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import koppel.it.Browser;
import koppel.it.Deployments;
import koppel.it.api.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Nothing typed is silently changed: with the browser's own limits taken away, a value out of range
 * is refused by the server with a message next to its field and nothing is saved; a name already
 * used is refused the same way; the matrix offers teams only read or write.
 */
@ExtendWith(ArquillianExtension.class)
class InputRulesUiIT {

    private static final String BASE_URL = "link:fields:0:value";

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void aTooLongOrTakenTeamNameIsRefusedNextToItsField() {
        String tooLong = "Long " + UUID.randomUUID() + " " + "w".repeat(201 - 42);
        String taken = "Foyer " + UUID.randomUUID();
        Fixtures.team(taken);
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin().open(UsersPage.PATH);
            typeBeyondMaxlength(pages, "teams:newTeam", tooLong);
            pages.click("teams:addTeam");
            assertThat(tooLong).hasSize(201);
            assertThat(messageNextTo(pages, "teams:newTeam")).isEqualTo("A team name has 1 to 200 characters.");
            browser.screenshot("team-name-too-long");

            pages.type("teams:newTeam", " " + taken.toUpperCase() + " ").click("teams:addTeam");
            assertThat(messageNextTo(pages, "teams:newTeam")).isEqualTo("This name is already taken; choose another.");

            String page = pages.open(UsersPage.PATH).text("teams");
            assertThat(page).as("nothing saved").doesNotContain(tooLong.substring(0, 41));
            assertThat(page).doesNotContain(taken.toUpperCase());
        }
    }

    @Test
    void aTooLongUsernameIsRefusedNotCut() {
        String tooLong = "u" + Long.toString(System.nanoTime(), 36) + "x".repeat(64);
        try (Browser browser = Browser.open()) {
            AdminPages pages =
                    new AdminPages(browser).logInAsAdmin().open(UsersPage.PATH).click("users:addUser");
            pages.type("user:password", "a-long-enough-password");
            typeBeyondMaxlength(pages, "user:username", tooLong);
            pages.click("user:save");
            assertThat(messageNextTo(pages, "user:username")).startsWith("Choose another username: 1 to 64");
            assertThat(pages.open(UsersPage.PATH).text("users"))
                    .as("nothing saved")
                    .doesNotContain(tooLong.substring(0, 12));
        }
    }

    @Test
    void aTakenLinkNameAndATooLongUrlAreRefusedNextToTheirFields() {
        String name = "Box office " + UUID.randomUUID();
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin();
            pages.open("/settings/integrations/links.xhtml").click("nav:addLink");
            pages.type("addLink:name", name).click("addLink:add");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("linkName"), name));
            String first = browser.driver().getCurrentUrl();

            pages.click("nav:addLink")
                    .type("addLink:name", "  " + name.toLowerCase() + "  ")
                    .click("addLink:add");
            assertThat(messageNextTo(pages, "addLink:name")).isEqualTo("This name is already taken; choose another.");
            browser.screenshot("link-name-taken");
            assertThat(pages.driver().findElements(By.partialLinkText(name.substring(0, 20))))
                    .as("one link of that name in the menu")
                    .hasSize(1);

            pages.driver().get(first);
            pages.settle();
            pages.choose("link:provider", LinksPage.GENERIC);
            String tooLong = "https://tickets.example.com/" + "a".repeat(2001 - 28);
            typeBeyondMaxlength(pages, BASE_URL, tooLong);
            pages.click("link:save");
            assertThat(messageNextTo(pages, BASE_URL)).isEqualTo("This value has at most 2,000 characters.");
            pages.driver().get(first);
            pages.settle();
            assertThat(pages.driver().findElements(By.id(BASE_URL)))
                    .as("nothing saved: still blank")
                    .isEmpty();

            pages.click("link:delete").confirm();
            browser.waiting().until(ExpectedConditions.urlMatches("/links\\.xhtml$"));
        }
    }

    @Test
    void ratesOutOfRangeAreRefusedNextToTheirFieldNotMovedIntoRange() {
        Fixtures.Key key = Fixtures.key(List.of(Fixtures.team()), Map.of("clients", "read"));
        try (Browser browser = Browser.open()) {
            AdminPages pages =
                    new AdminPages(browser).logInAsAdmin().open("/settings/integrations/api-key.xhtml?id=" + key.id());
            for (String[] refused :
                    new String[][] {{"0", "1"}, {"-5", "1"}, {"1", "99999999999999"}, {"1000001", "5"}}) {
                typeNumber(pages, "key:ratePerSecond", refused[0]);
                typeNumber(pages, "key:ratePerDay", refused[1]);
                pages.click("key:save");
                String field = refused[0].equals("1") ? "key:ratePerDay" : "key:ratePerSecond";
                assertThat(messageNextTo(pages, field))
                        .as("%s per second, %s per day", refused[0], refused[1])
                        .startsWith("A rate per");
            }
            browser.screenshot("rate-refused");

            pages.open("/settings/integrations/api-key.xhtml?id=" + key.id());
            assertThat(storedRate(pages, "key:ratePerSecond"))
                    .as("nothing saved")
                    .isEmpty();
            assertThat(storedRate(pages, "key:ratePerDay")).isEmpty();

            typeNumber(pages, "key:ratePerSecond", "1000000");
            typeNumber(pages, "key:ratePerDay", "100000000");
            pages.click("key:save").growl("is saved");
            pages.open("/settings/integrations/api-key.xhtml?id=" + key.id());
            assertThat(storedRate(pages, "key:ratePerSecond")).isEqualTo("1000000");
            assertThat(storedRate(pages, "key:ratePerDay")).isEqualTo("100000000");
        }
    }

    @Test
    void theMatrixOffersTeamsReadOrWriteOnly() {
        Fixtures.Key key = Fixtures.key(List.of(Fixtures.team()), Map.of("clients", "read"));
        try (Browser browser = Browser.open()) {
            AdminPages pages =
                    new AdminPages(browser).logInAsAdmin().open("/settings/integrations/api-key.xhtml?id=" + key.id());
            // Row 0 is teams, row 1 clients.
            assertThat(pages.driver().findElements(By.id("key:types:0:none"))).isEmpty();
            assertThat(chosen(pages, 0, "read")).as("teams read").isTrue();
            assertThat(chosen(pages, 1, "none")).isFalse();
            assertThat(chosen(pages, 1, "read")).as("clients read").isTrue();

            pages.click(pages.find("key:types:0:write").findElement(By.cssSelector(".ui-radiobutton-box")))
                    .click("key:save")
                    .growl("is saved");
            pages.open("/settings/integrations/api-key.xhtml?id=" + key.id());
            assertThat(chosen(pages, 0, "write")).isTrue();
            assertThat(key.api()
                            .post(
                                    "/teams",
                                    Json.createObjectBuilder()
                                            .add("name", "By key " + UUID.randomUUID())
                                            .build())
                            .status())
                    .isEqualTo(201);
        }
    }

    /** Whether the matrix shows this level chosen in this row. */
    private static boolean chosen(AdminPages pages, int row, String level) {
        return pages.find("key:types:" + row + ":" + level)
                .findElement(By.cssSelector(".ui-radiobutton-box"))
                .getAttribute("class")
                .contains("ui-state-active");
    }

    /** The text of the error message shown next to (after) the field with this client id, once there is one. */
    private static String messageNextTo(AdminPages pages, String fieldId) {
        By message = By.xpath("//*[@id='" + fieldId + "']/following-sibling::*[contains(@class, 'ui-message-error')]");
        try {
            return pages.browser()
                    .waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(message))
                    .getText()
                    .strip();
        } catch (org.openqa.selenium.TimeoutException e) {
            pages.browser().screenshot("no-message-next-to-" + fieldId.replace(':', '-'));
            Object around = ((JavascriptExecutor) pages.driver())
                    .executeScript("return document.getElementById(arguments[0]).parentElement.outerHTML;", fieldId);
            throw new AssertionError("No message next to " + fieldId + " in " + around, e);
        }
    }

    /** Puts a value longer than the field's maxlength into it, as a browser without that limit would send it. */
    private static void typeBeyondMaxlength(AdminPages pages, String fieldId, String value) {
        WebElement field = pages.find(fieldId);
        ((JavascriptExecutor) pages.driver())
                .executeScript(
                        "arguments[0].removeAttribute('maxlength'); arguments[0].value = arguments[1];"
                                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        field,
                        value);
        assertThat(field.getAttribute("value")).hasSize(value.length());
    }

    /** The value a p:inputNumber holds, without its formatting. */
    private static String storedRate(AdminPages pages, String numberId) {
        return pages.driver().findElement(By.id(numberId + "_hinput")).getAttribute("value");
    }

    /** Replaces the value of a p:inputNumber as typed by a person. */
    private static void typeNumber(AdminPages pages, String numberId, String value) {
        WebElement input = pages.find(numberId + "_input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
        input.sendKeys(Keys.TAB);
    }
}
