package koppel.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import koppel.it.Browser;
import koppel.it.Deployments;
import koppel.it.Http;
import koppel.it.Settings;
import koppel.it.api.Fixtures.Key;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The API explorer at {@code /api/docs/}, as an integrator uses it in Chromium: reached from the
 * API root's {@code docs} link, it renders the live document with Swagger UI from the server alone
 * (its policy forbids any other origin), takes a key in its authorize dialog and runs "Try it out"
 * against the same server; without a key, the call's 401 is shown as the document describes it.
 */
@ExtendWith(ArquillianExtension.class)
class ApiExplorerBrowserIT {

    private static final By LIST_TEAMS = By.id("operations-teams-listTeams");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void anIntegratorAuthorizesWithAKeyAndTriesListingTheTeams() {
        String teamName = "Explorer team " + UUID.randomUUID();
        Key key = Fixtures.key(List.of(Fixtures.team(teamName)), Map.of(), b -> b.add("rate_per_second", 1000));
        String docs = Http.json(Http.get(Settings.baseUrl() + "/api/v1/")).getString("docs");
        assertThat(docs).isEqualTo(Settings.baseUrl() + "/api/docs/");

        try (Browser browser = Browser.open()) {
            open(browser, docs);
            browser.driver()
                    .findElement(By.cssSelector(".swagger-ui .btn.authorize"))
                    .click();
            WebElement value = browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector(".auth-container input[aria-label='auth-bearer-value']")));
            value.sendKeys(key.secret());
            browser.driver()
                    .findElement(By.cssSelector(".auth-container .auth-btn-wrapper .authorize"))
                    .click();
            browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector(".auth-container .auth-btn-wrapper .btn-done")))
                    .click();
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".dialog-ux")));

            WebElement response = tryListingTheTeams(browser);
            browser.screenshot("api-explorer-teams");

            assertThat(response.findElement(By.cssSelector(".response-col_status"))
                            .getText())
                    .isEqualTo("200");
            assertThat(response.getText()).contains(teamName, key.team());
            assertThat((String) browser.js("return JSON.stringify(window.localStorage)"
                            + " + JSON.stringify(window.sessionStorage) + document.cookie;"))
                    .as("the key stays in the tab's memory")
                    .doesNotContain(key.secret());
            assertThat(refusals(browser)).as("what the page's policy refused").isEmpty();
        }
    }

    @Test
    void withoutAKeyTheCallShowsTheDocumented401() {
        try (Browser browser = Browser.open()) {
            open(browser, Settings.baseUrl() + "/api/docs/");
            WebElement response = tryListingTheTeams(browser);
            browser.screenshot("api-explorer-401");

            assertThat(response.findElement(By.cssSelector(".response-col_status"))
                            .getText())
                    .startsWith("401");
            assertThat(response.getText()).contains("Authentication credentials were not provided.");
            WebElement documented = browser.driver()
                    .findElement(LIST_TEAMS)
                    .findElement(By.cssSelector("tr.response[data-code='401']"));
            assertThat(documented.getText())
                    .contains("Authentication credentials were not provided.", "Invalid token.");
        }
    }

    /** The page, its policy and its Swagger UI files come from this server; the WebJar's demo page does not. */
    @Test
    void thePageIsTheOneHtmlPageUnderTheApiAndComesWithItsPolicy() {
        HttpResponse<String> page = Http.get(Settings.baseUrl() + "/api/docs/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("script-src 'self';", "connect-src 'self';");
        assertThat(page.body()).doesNotContain("<script>").doesNotContainPattern("https?://");
        Matcher bundle = Pattern.compile("src=\"\\.\\./(webjars/swagger-ui/[^/]+/)swagger-ui-bundle\\.js\"")
                .matcher(page.body());
        assertThat(bundle.find())
                .as("the page loads Swagger UI from the WebJar")
                .isTrue();
        String webjar = Settings.baseUrl() + "/api/" + bundle.group(1);

        assertThat(Http.get(webjar + "swagger-ui-bundle.js").statusCode()).isEqualTo(200);
        HttpResponse<String> demo = Http.get(webjar + "index.html");
        assertThat(demo.statusCode()).isEqualTo(404);
        assertThat(demo.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
    }

    /** Opens the explorer and waits until it has rendered the document's operations. */
    private static void open(Browser browser, String url) {
        browser.driver().get(url);
        browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".swagger-ui .info .title"), "Koppel API"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(LIST_TEAMS));
    }

    /** Opens GET /teams, presses "Try it out" and "Execute", and returns the server's answer as shown. */
    private static WebElement tryListingTheTeams(Browser browser) {
        WebElement operation = browser.driver().findElement(LIST_TEAMS);
        operation.findElement(By.cssSelector(".opblock-summary-control")).click();
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector(".try-out__btn"))))
                .click();
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector(".execute"))))
                .click();
        WebElement response = browser.waiting()
                .until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(
                        operation, By.cssSelector(".live-responses-table .response")))
                .get(0);
        browser.js("arguments[0].scrollIntoView()", response);
        return response;
    }

    /** What Chromium reported the page's Content-Security-Policy refused. */
    private static List<String> refusals(Browser browser) {
        return browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }
}
