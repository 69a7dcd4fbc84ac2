package koppel.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
 * The integrations pages in each language, with the seeds' own words, switched from English with
 * the language switch and kept on the next page.
 */
@ExtendWith(ArquillianExtension.class)
class LanguagesUiIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    /** A language's words for what the test checks, from the seeds where they give them. */
    private record Words(
            String language, String apiKeys, String warning, String user, String links, String integrationType) {}

    private static final List<Words> LANGUAGES = List.of(
            new Words("en", "API keys", "Warning", "User", "Links to external systems", "Integration type"),
            new Words(
                    "fr",
                    "Clés API",
                    "Attention",
                    "Utilisateur",
                    "Liens vers des systèmes externes",
                    "Type d’intégration"),
            new Words(
                    "nl", "API-sleutels", "Let op", "Gebruiker", "Koppelingen met externe systemen", "Type integratie"),
            new Words(
                    "de",
                    "API-Schlüssel",
                    "Achtung",
                    "Benutzer",
                    "Verbindungen zu externen Systemen",
                    "Integrationstyp"));

    @Test
    void theIntegrationsPagesSpeakEachLanguage() {
        for (Words words : LANGUAGES) {
            walkIntegrationsIn(words);
        }
    }

    private static void walkIntegrationsIn(Words words) {
        String language = words.language();
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin();
            pages.open("/settings/integrations/api-keys.xhtml");
            pages.click(pages.driver().findElement(By.cssSelector("#language a[data-lang='" + language + "']")));
            browser.waiting().until(ExpectedConditions.textToBe(By.id("page-title"), words.apiKeys()));
            assertThat(pages.text("warning")).contains(words.warning());
            assertThat(pages.text("keys:table")).contains(words.user());
            browser.screenshot("api-keys-" + language);

            pages.open("/settings/integrations/links.xhtml");
            assertThat(pages.text("page-title")).isEqualTo(words.links());
            pages.click("nav:addLink")
                    .type("addLink:name", "Link " + language + " " + System.nanoTime())
                    .click("addLink:add");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("link:provider")));
            assertThat(pages.text("link")).contains(words.integrationType());
            browser.screenshot("link-" + language);
            pages.click("link:delete").confirm();
            browser.waiting().until(ExpectedConditions.urlMatches("/links\\.xhtml$"));
        }
    }
}
