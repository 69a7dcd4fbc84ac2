package koppel.it.admin;

import static koppel.it.admin.SourcesPages.check;
import static koppel.it.admin.SourcesPages.gear;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import koppel.it.Browser;
import koppel.it.Deployments;
import koppel.it.api.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The seed's walk through an integration with a third-party service, from the browser only: the
 * third-party authorization on its page (its secret never shown again), a Salesforce source
 * configuration with that authorization picked in the pop-up, the data type Contacts added and
 * shown disabled, its activation refused while the mapping has no primary key, then mapped (Id to
 * external_reference, one more field) and activated; an integration of it for a team with update
 * types, an e-mail alert and Activate at the bottom. Each page keeps to the window from 768 to
 * 1366 pixels.
 */
@ExtendWith(ArquillianExtension.class)
class SourcesUiIT {

    /** The stand-in's address, which the server may call. */
    private static final String TOKEN_URL = "http://127.0.0.1:18093/services/oauth2/token";

    private static final String KEY_MISSING = "Assign the third party's primary key to a Koppel field first.";

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void anAdministratorWalksTheSeedFromAnAuthorizationToAnActiveIntegration() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String authorization = "Salesforce key " + suffix;
        String configuration = "Salesforce " + suffix;
        String team = "Source team " + suffix;
        String email = "alerts-" + suffix + "@example.com";
        Fixtures.team(team);
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin();
            pages.open(UsersPage.PATH)
                    .click("users:addUser")
                    .type("user:username", "alerts-" + suffix)
                    .type("user:displayName", "Alerts " + suffix)
                    .type("user:email", email)
                    .type("user:password", "alerts-password-" + suffix)
                    .click("user:save")
                    .growl("is added");

            // Step 0, before all: the third-party authorization, on its own page.
            pages.open(SourcesPages.AUTHORIZATIONS)
                    .click("authorizations:add")
                    .type("authorizationForm:name", authorization);
            assertThat(pages.text("authorizationForm")).contains("Token URL", "Client ID", "Client secret", "Scope");
            pages.type("authorizationForm:fields:0:value", TOKEN_URL)
                    .type("authorizationForm:fields:1:value", "koppel-" + suffix)
                    .type("authorizationForm:fields:2:secret", "secret-" + suffix);
            browser.screenshot("sources-0-authorization");
            pages.click("authorizationForm:save").growl("is created");
            assertThat(pages.text("authorizations:table")).contains(authorization, "OAuth 2.0 client credentials");
            pages.click(SourcesPages.rowButton(pages, "authorizations:table", authorization, ":edit"));
            assertThat(pages.find("authorizationForm:fields:2:secret").getAttribute("value"))
                    .as("a stored secret is never shown")
                    .isEmpty();
            assertThat(pages.text("authorizationForm")).contains("Leave blank to keep the stored value.");
            pages.click("authorizationForm:save").growl("is saved");

            // Step 0: the source configuration, its authorization picked in the pop-up.
            pages.open(SourcesPages.CONFIGURATIONS).click("sources:add");
            pages.choose("source:type", "Salesforce").type("source:name", configuration);
            pages.click("source:viewAuthorizations");
            SourcesPages.pickRow(pages, "authorizationsForm:table", authorization);
            browser.screenshot("sources-0-authorization-popup");
            pages.click("authorizationsForm:select");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("source:authorizationName"), authorization));
            pages.click("source:save").growl("is created");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("sourceName"), configuration));
            String configurationPage = pages.driver().getCurrentUrl();

            // Data transfer: Add, the data type, Add; it shows disabled.
            pages.click("transfers:add")
                    .choose("transfers:dataType", "Contacts")
                    .click("transfers:addDataType");
            pages.growl("is added");
            assertThat(pages.text("transfers:table")).contains("Contacts", "Disabled");
            browser.screenshot("sources-0-data-type");

            // A mapping without a primary key saves, but its activation is refused, saying why.
            gear(pages, "Field mapping");
            check(pages, "mappingForm:primaryKey", false)
                    .click("mappingForm:save")
                    .growl("field mapping");
            gear(pages, "Activate");
            assertThat(pages.text("transfers:problems")).contains(KEY_MISSING);
            assertThat(pages.text("transfers:table")).contains("Disabled");
            browser.screenshot("sources-0-activation-refused");

            // Gear > Field mapping: the primary key, then one more field; Add.
            gear(pages, "Field mapping");
            pages.choose("mappingForm:keyRemote", "Id").choose("mappingForm:keyKoppel", "external_reference");
            check(pages, "mappingForm:primaryKey", true);
            SourcesPages.keepMappingRows(pages, 1);
            pages.choose("mappingForm:rows:0:remote", "LastName")
                    .choose("mappingForm:rows:0:koppel", "last_name")
                    .choose("mappingForm:rows:0:direction", "To Koppel");
            browser.screenshot("sources-0-field-mapping");
            pages.click("mappingForm:save").growl("field mapping");

            // Gear > Activate: the status reads Activated.
            gear(pages, "Activate").growl("is activated");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("transfers:table:0:status"), "Activated"));
            assertThat(pages.driver().findElements(By.id("transfers:problems"))).isEmpty();
            browser.screenshot("sources-0-activated");

            // Step 1: the integration, of the configuration, for the team.
            pages.open(SourcesPages.INTEGRATIONS)
                    .click("integrations:create")
                    .choose("createForm:configuration", configuration)
                    .choose("createForm:team", team)
                    .click("createForm:save");
            browser.waiting().until(ExpectedConditions.urlContains("source-integration.xhtml?id="));
            pages.growl("is created");
            assertThat(pages.text("statusTag")).isEqualTo("Inactive");
            String integrationPage = pages.driver().getCurrentUrl();

            // Step 2: the data type's name shows its update types; created and updated, not deleted.
            if (!pages.driver()
                    .findElement(By.id("integration:types:0:created"))
                    .isDisplayed()) {
                pages.click(pages.find("integration:types")
                        .findElement(By.xpath(
                                ".//*[contains(@class, 'ui-accordion-header')][normalize-space()='Contacts']")));
            }
            pages.find("integration:types:0:created");
            check(pages, "integration:types:0:created", true);
            check(pages, "integration:types:0:updated", true);
            check(pages, "integration:types:0:deleted", false);
            browser.screenshot("sources-2-update-types");

            // Step 3: the e-mail alert, then Save.
            pages.click("integration:addAlert")
                    .choose("integration:newAddress", email)
                    .click("integration:addAddress");
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("integration:alerts"), email));
            browser.screenshot("sources-3-alert");
            pages.click("integration:save").growl("is saved");

            // Step 4: Activate, at the bottom of the page.
            pages.click("activation:activate").growl("is activated");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("statusTag"), "Active"));
            assertThat(pages.driver().findElements(By.id("activation:deactivate")))
                    .isNotEmpty();
            browser.screenshot("sources-4-active");

            // The activation's initial sync is logged among the runs (here it fails: nothing answers
            // at the token URL); a run's entries and a dry run open in the dialog.
            browser.waiting().until(driver -> {
                pages.click("runs:refresh");
                return pages.text("runs:table").contains("Initial sync");
            });
            assertThat(pages.text("runs:table")).contains("Failed");
            pages.click("runs:table:0:entries");
            assertThat(pages.text("runDialog")).contains("Initial sync", "Failed");
            SourcesPages.closeRunDialog(pages);
            pages.click("runs:dryRun");
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("runDialog"), "Dry run"));
            browser.screenshot("sources-4-dry-run");
            SourcesPages.closeRunDialog(pages);
            assertThat(pages.text("runs:table")).contains("Dry run");

            pages.driver().get(integrationPage);
            pages.settle();
            assertThat(pages.text("integration:alerts")).contains(email);
            assertThat(pages.driver()
                            .findElement(By.id("integration:types:0:deleted_input"))
                            .isSelected())
                    .as("the update types saved")
                    .isFalse();
            assertThat(pages.driver()
                            .findElement(By.id("integration:types:0:updated_input"))
                            .isSelected())
                    .isTrue();

            // An authorization that a configuration uses stays, and the page says why.
            pages.open(SourcesPages.AUTHORIZATIONS)
                    .click(SourcesPages.rowButton(pages, "authorizations:table", authorization, ":delete"))
                    .confirm()
                    .growl("is used by an integration source configuration");

            // Each page keeps to the window and has no serious accessibility violation.
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            List<String> violations = new ArrayList<>();
            for (String page : List.of(
                    SourcesPages.AUTHORIZATIONS,
                    SourcesPages.CONFIGURATIONS,
                    configurationPage.substring(configurationPage.indexOf("/settings/")),
                    SourcesPages.INTEGRATIONS,
                    integrationPage.substring(integrationPage.indexOf("/settings/")))) {
                pages.open(page);
                violations.addAll(AccessibilityUiIT.check(
                        pages, new LongNames.Page("source-" + page.replaceAll("\\W+", "-"), page)));
                for (int width : List.of(768, 1024, 1366)) {
                    assertThat(SourcesPages.sideways(pages, width))
                            .as("how far %s scrolls sideways at %d px", page, width)
                            .isLessThanOrEqualTo(0);
                }
            }
            assertThat(violations)
                    .as("serious and critical axe-core violations")
                    .isEmpty();
            browser.resize(768, 900);
            pages.open(configurationPage.substring(configurationPage.indexOf("/settings/")));
            browser.screenshot("sources-0-configuration-768");
            browser.resize(1280, 900);
        }
    }
}
