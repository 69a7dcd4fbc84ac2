package koppel.it.admin;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Steps on the integration source pages that the browser tests take: the gear menu of a data type,
 * a row of a table picked by its text, a PrimeFaces check box set, the field mapping's lines.
 */
final class SourcesPages {

    static final String AUTHORIZATIONS = "/settings/integrations/source-authorizations.xhtml";
    static final String CONFIGURATIONS = "/settings/integrations/sources.xhtml";
    static final String INTEGRATIONS = "/settings/integrations/source-integrations.xhtml";

    private SourcesPages() {}

    /** Opens the gear menu of the first data type and clicks the option with this label. */
    static AdminPages gear(AdminPages pages, String option) {
        pages.click("transfers:table:0:gear_button");
        WebElement item = pages.browser()
                .waiting()
                .until(d -> d.findElements(By.cssSelector("a.ui-menuitem-link")).stream()
                        .filter(link ->
                                link.isDisplayed() && link.getText().strip().equals(option))
                        .findFirst()
                        .orElse(null));
        return pages.click(item);
    }

    /** The button with this id suffix (e.g. {@code :edit}) in the row of a table that shows this text. */
    static WebElement rowButton(AdminPages pages, String tableId, String text, String suffix) {
        return pages.browser()
                .waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//tbody[@id='" + tableId
                        + "_data']/tr[contains(., '" + text + "')]//*[substring(@id, string-length(@id) - "
                        + (suffix.length() - 1) + ")='" + suffix + "']")));
    }

    /** Clicks the first cell of the row of a table that shows this text (selects it). */
    static AdminPages pickRow(AdminPages pages, String tableId, String text) {
        WebElement cell = pages.browser()
                .waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//tbody[@id='" + tableId + "_data']/tr[contains(., '" + text + "')]/td[1]")));
        pages.click(cell);
        pages.browser()
                .waiting()
                .until(d -> cell.findElement(By.xpath(".."))
                        .getAttribute("aria-selected")
                        .equals("true"));
        return pages;
    }

    /** Ticks or unticks a p:selectBooleanCheckbox, waiting until its input says so. */
    static AdminPages check(AdminPages pages, String id, boolean ticked) {
        WebElement input = pages.driver().findElement(By.id(id + "_input"));
        pages.browser().waiting().until(d -> {
            if (input.isSelected() != ticked) {
                pages.click(pages.find(id).findElement(By.cssSelector(".ui-chkbox-box")));
            }
            return input.isSelected() == ticked;
        });
        return pages;
    }

    /** Removes the mapping dialog's other lines until {@code left} remain. */
    static AdminPages keepMappingRows(AdminPages pages, int left) {
        while (true) {
            List<WebElement> removes =
                    pages.driver().findElements(By.cssSelector("[id^='mappingForm:rows:'][id$=':remove']"));
            if (removes.size() <= left) {
                return pages;
            }
            int before = removes.size();
            pages.click(removes.get(removes.size() - 1));
            pages.browser()
                    .waiting()
                    .until(d -> d.findElements(By.cssSelector("[id^='mappingForm:rows:'][id$=':remove']"))
                                    .size()
                            < before);
        }
    }

    /** Closes the dialog of a run's entries, and waits until it is gone. */
    static void closeRunDialog(AdminPages pages) {
        pages.click(pages.driver().findElement(By.cssSelector("[id='runDialog'] .ui-dialog-titlebar-close")));
        pages.browser().waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("runDialog")));
    }

    /** How far the page scrolls sideways at this width (0 or less: not at all). */
    static long sideways(AdminPages pages, int width) {
        pages.browser().resize(width, 900);
        pages.driver().navigate().refresh();
        pages.settle();
        return (Long) pages.browser().js("return document.documentElement.scrollWidth - window.innerWidth;");
    }
}
