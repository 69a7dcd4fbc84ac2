package koppel.it.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import koppel.it.Browser;
import koppel.it.Deployments;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Long names and common window widths, in every language: no admin page scrolls sideways, long
 * names are cut with the whole name in their tooltip, the key prefix and column titles are never
 * clipped. With {@code koppel.it.screenshot-matrix=true} (the default Payara + H2 build only) it
 * also leaves a screenshot of every page at every width in every language, for people to look at.
 */
@ExtendWith(ArquillianExtension.class)
class LayoutUiIT {

    private static final List<String> LANGUAGES = List.of("en", "fr", "nl", "de");
    private static final List<Integer> WIDTHS = List.of(1366, 1024, 768);
    private static final int HEIGHT = 900;
    private static final boolean MATRIX = Boolean.getBoolean("koppel.it.screenshot-matrix");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void longNamesAndNarrowWindowsHoldOnEveryPageInEveryLanguage() throws Exception {
        LongNames sample;
        try (Browser browser = Browser.open()) {
            sample = LongNames.shared(new AdminPages(browser).logInAsAdmin());
        }
        // Two browsers at once, one language each: a browser waits on the server half of the time.
        ExecutorService browsers = Executors.newFixedThreadPool(2);
        try {
            List<Future<SoftAssertions>> languages = new ArrayList<>();
            for (String language : LANGUAGES) {
                languages.add(browsers.submit(() -> lookThrough(sample, language)));
            }
            SoftAssertions softly = new SoftAssertions();
            for (Future<SoftAssertions> language : languages) {
                softly.assertAlso(language.get());
            }
            softly.assertAll();
        } finally {
            browsers.shutdownNow();
        }
    }

    /** Every page at every width in one language, in a browser of its own. */
    private static SoftAssertions lookThrough(LongNames sample, String language) {
        SoftAssertions softly = new SoftAssertions();
        try (Browser browser = Browser.preferring(language)) {
            AdminPages pages = new AdminPages(browser);
            for (int width : WIDTHS) {
                look(softly, pages.open(LongNames.LOGIN.path()), LongNames.LOGIN, language, width);
            }
            pages.logInAsAdmin();
            for (int width : WIDTHS) {
                for (LongNames.Page page : sample.adminPages()) {
                    look(softly, pages.open(page.path()), page, language, width);
                    String where = page.name() + " " + language + " " + width + "px: ";
                    switch (page.name()) {
                        case "api-keys" -> keysTableHolds(softly, pages, sample, where);
                        case "api-key" -> keyPageHolds(softly, pages, sample, where);
                        case "links" -> cut(softly, pages, ".koppel-links a", sample.name(), where);
                        case "users" -> usersPageHolds(softly, pages, sample, where);
                        case "webhooks" -> cut(softly, pages, ".koppel-integration-name", sample.name(), where);
                        default -> {}
                    }
                }
            }
        }
        return softly;
    }

    /** Resizes (the page is reloaded to lay out afresh), checks the page keeps to the window, and screenshots it. */
    private static void look(SoftAssertions softly, AdminPages pages, LongNames.Page page, String language, int width) {
        Browser browser = pages.browser();
        if (((Long) browser.js("return window.innerWidth;")).intValue() != width) {
            browser.resize(width, HEIGHT);
            pages.open(page.path());
        }
        long sideways = (Long) browser.js("return document.documentElement.scrollWidth - window.innerWidth;");
        softly.assertThat(sideways)
                .as("%s %s %spx: how far the page scrolls sideways", page.name(), language, width)
                .isLessThanOrEqualTo(0);
        if (MATRIX) {
            browser.screenshot("matrix-%s-%04d-%s".formatted(language, width, page.name()));
        }
    }

    private static void keysTableHolds(SoftAssertions softly, AdminPages pages, LongNames sample, String where) {
        WebElement row = pages.driver()
                .findElement(By.xpath("//tbody[@id='keys:table_data']/tr[.//a[@title='" + sample.name() + "']]"));
        Map<String, Object> prefix = measure(pages, row.findElement(By.cssSelector(".koppel-prefix")));
        softly.assertThat(prefix.get("text")).as(where + "key prefix").isEqualTo(sample.prefix());
        softly.assertThat(prefix)
                .as(where + "key prefix")
                .containsEntry("inside", true)
                .containsEntry("boxFits", true);
        cut(softly, pages, ".koppel-key-name", sample.name(), where);
        cut(softly, pages, ".koppel-ticketing-link", sample.name(), where);
        cut(softly, pages, ".koppel-owner", sample.username(), where);
        cut(softly, pages, ".koppel-links a", sample.name(), where);
        notClipped(softly, pages, "[id='keys:table'] thead th, [id='keys:table_data'] td.koppel-actions", where);
    }

    private static void keyPageHolds(SoftAssertions softly, AdminPages pages, LongNames sample, String where) {
        Map<String, Object> prefix = measure(pages, pages.find("prefix"));
        softly.assertThat(prefix.get("text")).as(where + "key prefix").isEqualTo(sample.prefix());
        for (String menu : List.of("key:ticketingLink_label", "key:teams")) {
            Map<String, Object> shown = measure(pages, pages.find(menu));
            softly.assertThat(shown).as(where + menu).containsEntry("inside", true);
        }
        // The tooltip a person sees when the pointer rests on the drop-down.
        WebElement client = pages.find("key:ticketingLink_label");
        new Actions(pages.driver()).moveToElement(client).perform();
        softly.assertThat(client.getAttribute("title"))
                .as(where + "tooltip of the Client drop-down")
                .isEqualTo(sample.name());
        cut(softly, pages, ".koppel-links a", sample.name(), where);
    }

    private static void usersPageHolds(SoftAssertions softly, AdminPages pages, LongNames sample, String where) {
        cut(softly, pages, ".koppel-username", sample.username(), where);
        cut(softly, pages, "[id='users:table_data'] .koppel-cut", sample.name(), where);
        cut(softly, pages, ".koppel-team", sample.name(), where);
        notClipped(
                softly,
                pages,
                "[id='users:table'] thead th, [id='users:table_data'] td.koppel-actions,"
                        + " [id='teams:table_data'] td.koppel-actions",
                where);
    }

    /**
     * The element of this class showing the long name stays inside its cell, cut with an ellipsis
     * where the cell is too narrow for it (a wide window may show it whole), the whole name in its
     * title.
     */
    private static void cut(SoftAssertions softly, AdminPages pages, String selector, String name, String where) {
        List<WebElement> showing = pages.driver().findElements(By.cssSelector(selector)).stream()
                .filter(element -> name.equals(element.getAttribute("title")))
                .toList();
        softly.assertThat(showing)
                .as(where + selector + " with the whole name in its title")
                .isNotEmpty();
        for (WebElement element : showing) {
            Map<String, Object> measured = measure(pages, element);
            softly.assertThat(measured)
                    .as(where + selector + " inside its cell, with an ellipsis where it is cut")
                    .containsEntry("text", name)
                    .containsEntry("ellipsis", true)
                    .containsEntry("inside", true)
                    .containsEntry("boxFits", true);
        }
    }

    /** No visible cell of these shows less than its content (nothing clipped, nothing spilling over). */
    private static void notClipped(SoftAssertions softly, AdminPages pages, String selector, String where) {
        @SuppressWarnings("unchecked")
        List<String> clipped = (List<String>) pages.browser().js("""
                        return Array.from(document.querySelectorAll(arguments[0]))
                            .filter(cell => cell.offsetParent !== null && cell.scrollWidth > cell.clientWidth)
                            .map(cell => cell.tagName + ' "' + cell.textContent.trim().replace(/\\s+/g, ' ')
                                + '" ' + cell.scrollWidth + ' > ' + cell.clientWidth);
                        """, selector);
        softly.assertThat(clipped).as(where + "clipped cells").isEmpty();
    }

    /** Where an element sits in its cell (or list item, field, menu) and whether it is cut. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> measure(AdminPages pages, WebElement element) {
        return (Map<String, Object>) pages.browser().js("""
                        const element = arguments[0];
                        const box = element.closest('td, th, li, .field, nav') || element.parentElement;
                        const inner = element.getBoundingClientRect(), outer = box.getBoundingClientRect();
                        return {
                            text: element.textContent.trim(),
                            cut: element.scrollWidth > element.clientWidth,
                            ellipsis: getComputedStyle(element).textOverflow === 'ellipsis',
                            inside: inner.width > 0 && inner.left >= outer.left - 1 && inner.right <= outer.right + 1
                                && inner.right <= window.innerWidth,
                            boxFits: box.scrollWidth <= box.clientWidth
                        };
                        """, element);
    }
}
