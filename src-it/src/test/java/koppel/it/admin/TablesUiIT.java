package koppel.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import koppel.it.Browser;
import koppel.it.Deployments;
import koppel.it.api.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Long tables come a page at a time, sorted by the column clicked, and are used by keyboard. */
@ExtendWith(ArquillianExtension.class)
class TablesUiIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void teamsArePagedAndSortedByTheDatabase() {
        // Names that sort before any other test's teams, in the same order under every collation.
        String prefix = "0 Tables " + Long.toString(System.nanoTime(), 36) + " ";
        IntStream.range(0, 21).forEach(i -> Fixtures.team(prefix + "%02d".formatted(20 - i)));
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin().open(UsersPage.PATH);
            assertThat(teamNames(pages)).hasSize(20).contains(prefix + "00").doesNotContain(prefix + "20");

            pages.click(pages.driver().findElement(By.cssSelector("[id='teams:table'] .ui-paginator-next")));
            browser.waiting().until(d -> teamNames(pages).contains(prefix + "20"));
            assertThat(teamNames(pages)).doesNotContain(prefix + "00");

            pages.click(pages.driver().findElement(By.xpath("//div[@id='teams:table']//th[.//span[.='Name']]")));
            browser.waiting().until(d -> teamNames(pages).stream().allMatch(name -> name.startsWith("0 Tables ")));
            List<String> ascending = teamNames(pages).stream()
                    .filter(name -> name.startsWith(prefix))
                    .toList();
            assertThat(ascending).isSortedAccordingTo(Comparator.naturalOrder());

            pages.click(pages.driver().findElement(By.xpath("//div[@id='teams:table']//th[.//span[.='Name']]")));
            // Descending, the first row is no longer this test's "00", whether or not other teams exist.
            browser.waiting().until(d -> !teamNames(pages).get(0).equals(prefix + "00"));
            assertThat(teamNames(pages)).doesNotContain(prefix + "00");
            assertThat(teamNames(pages).stream()
                            .filter(name -> name.startsWith(prefix))
                            .toList())
                    .isSortedAccordingTo(Comparator.reverseOrder());
        }
    }

    @Test
    void aLinkIsAddedWithTheKeyboardAlone() {
        String name = "Keyboard link " + System.nanoTime();
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin().open("/settings/integrations/links.xhtml");
            pages.find("nav:addLink").sendKeys(Keys.ENTER);
            WebElement field =
                    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("addLink:name")));
            browser.waiting().until(d -> field.equals(d.switchTo().activeElement()));
            field.sendKeys(name, Keys.ENTER);
            browser.waiting().until(ExpectedConditions.textToBe(By.id("linkName"), name));
            pages.click("link:delete").confirm();
            browser.waiting().until(ExpectedConditions.urlMatches("/links\\.xhtml$"));
        }
    }

    private static List<String> teamNames(AdminPages pages) {
        return pages.driver().findElements(By.cssSelector("[id='teams:table_data'] .koppel-team")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
