package koppel.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import koppel.it.Browser;
import koppel.it.Deployments;
import koppel.it.api.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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
    static EnterpriseArchive deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void teamsArePagedAndSortedByTheDatabase() {
        IntStream.range(0, 21).forEach(i -> Fixtures.team());
        try (Browser browser = Browser.open()) {
            AdminPages pages = new AdminPages(browser).logInAsAdmin().open(UsersPage.PATH);
            assertThat(teamNames(pages)).hasSize(20);
            String firstPage = String.join(",", teamNames(pages));

            pages.click(pages.driver().findElement(By.cssSelector("[id='teams:table'] .ui-paginator-next")));
            browser.waiting().until(d -> !String.join(",", teamNames(pages)).equals(firstPage));
            assertThat(teamNames(pages)).isNotEmpty().doesNotContainAnyElementsOf(List.of(firstPage.split(",")));

            pages.click(pages.driver().findElement(By.xpath("//div[@id='teams:table']//th[.//span[.='Name']]")));
            browser.waiting()
                    .until(d ->
                            isSorted(teamNames(pages), 1) && teamNames(pages).size() == 20);
            pages.click(pages.driver().findElement(By.xpath("//div[@id='teams:table']//th[.//span[.='Name']]")));
            browser.waiting().until(d -> isSorted(teamNames(pages), -1));
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

    /**
     * Whether the fixture's teams ("Team " and a UUID) on the page are in order (1: ascending, -1:
     * descending). Only those: their order is the same under every database's collation.
     */
    private static boolean isSorted(List<String> names, int direction) {
        List<String> fixtures =
                names.stream().filter(name -> name.startsWith("Team ")).toList();
        for (int i = 1; i < fixtures.size(); i++) {
            if (direction * fixtures.get(i - 1).compareTo(fixtures.get(i)) > 0) {
                return false;
            }
        }
        return !fixtures.isEmpty();
    }
}
