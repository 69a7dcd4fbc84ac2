package koppel.it.admin;

import java.util.List;
import koppel.it.Browser;
import koppel.it.Settings;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a person does on the admin pages, in a real browser: log in, open a page, pick from
 * PrimeFaces menus, click and wait for the page's Ajax to settle, read the growl.
 */
final class AdminPages {

    private final Browser browser;
    private final WebDriver driver;

    AdminPages(Browser browser) {
        this.browser = browser;
        this.driver = browser.driver();
    }

    Browser browser() {
        return browser;
    }

    WebDriver driver() {
        return driver;
    }

    AdminPages logIn(String username, String password) {
        driver.get(Settings.baseUrl() + "/admin/login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
        return this;
    }

    AdminPages logInAsAdmin() {
        return logIn("admin", Settings.adminPassword());
    }

    /** Opens a page by its path under /admin, e.g. "/settings/users.xhtml". */
    AdminPages open(String path) {
        driver.get(Settings.baseUrl() + "/admin" + path);
        settle();
        return this;
    }

    WebElement find(String id) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** Clicks and waits until the Ajax request it started is answered and applied. */
    AdminPages click(String id) {
        return click(find(id));
    }

    AdminPages click(WebElement element) {
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(element))
                .click();
        settle();
        return this;
    }

    AdminPages type(String id, String text) {
        WebElement input = find(id);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /**
     * Types a moment into a p:datePicker and leaves it by keyboard (Escape closes its calendar, Tab
     * moves on), as a user would: a click elsewhere on the page can land on the calendar's days and
     * pick one. Waits until the field shows what was typed.
     */
    AdminPages typeMoment(String id, String text) {
        WebElement input = find(id);
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.ESCAPE);
        input.sendKeys(Keys.TAB);
        browser.waiting().until(ExpectedConditions.attributeToBe(input, "value", text));
        // Escape and Tab do not always close the picker's panel before the next click lands on it
        // (seen on WildFly: its time picker took the click meant for Save); the widget's own call does,
        // asked again while the panel shows (a call made while it still opens can be undone by it).
        String picker = id.substring(0, id.length() - "_input".length());
        browser.waiting().until(page -> {
            List<WebElement> panel = page.findElements(By.id(picker + "_panel"));
            if (panel.isEmpty() || !panel.get(0).isDisplayed()) {
                return true;
            }
            ((JavascriptExecutor) page).executeScript("PrimeFaces.getWidgetById(arguments[0]).hide();", picker);
            return false;
        });
        return this;
    }

    /** Chooses the option with this label in a p:selectOneMenu. */
    AdminPages choose(String menuId, String label) {
        click(menuId);
        List<WebElement> filter = driver.findElements(By.cssSelector("[id='" + menuId + "_filter']"));
        if (!filter.isEmpty()) {
            filter.get(0).sendKeys(label);
        }
        visibleItem(menuId, "li.ui-selectonemenu-item", label);
        // Clicking an item while the panel still opens is sometimes lost; the widget's own call,
        // as PrimeFaces' Selenium support makes it, picks the same option and fires the same events.
        String value = driver.findElement(
                        By.xpath("//select[@id='" + menuId + "_input']/option[normalize-space(.)='" + label + "']"))
                .getAttribute("value");
        ((JavascriptExecutor) driver)
                .executeScript(
                        "var menu = PrimeFaces.getWidgetById(arguments[0]); menu.selectValue(arguments[1]); menu.triggerChange(); menu.hide();",
                        menuId,
                        value);
        browser.waiting()
                .until(d -> d.findElement(By.id(menuId + "_label"))
                        .getText()
                        .strip()
                        .equals(label));
        settle();
        return this;
    }

    private WebElement visibleItem(String menuId, String itemSelector, String label) {
        return browser.waiting()
                .until(d -> d.findElements(By.cssSelector("[id='" + menuId + "_panel'] " + itemSelector)).stream()
                        .filter(item ->
                                item.isDisplayed() && item.getText().strip().equals(label))
                        .findFirst()
                        .orElse(null));
    }

    /** Ticks the option with this label in a p:selectCheckboxMenu, and closes the menu. */
    AdminPages tick(String menuId, String label) {
        click(menuId);
        driver.findElements(By.cssSelector("[id='" + menuId + "_panel'] .ui-selectcheckboxmenu-filter-container input"))
                .forEach(filter -> filter.sendKeys(label));
        WebElement wanted = visibleItem(menuId, "li[data-item-value]", label);
        WebElement checkbox = driver.findElement(By.xpath("//div[@id='" + menuId
                + "']//input[@type='checkbox'][@value='" + wanted.getAttribute("data-item-value") + "']"));
        // A click while the panel still opens can be lost, and one on the page to close the panel can
        // land on another widget: the box is clicked until its input is ticked, the panel closed by its widget.
        browser.waiting().until(d -> {
            if (!checkbox.isSelected()) {
                click(wanted.findElement(By.cssSelector(".ui-chkbox-box")));
            }
            return checkbox.isSelected();
        });
        ((JavascriptExecutor) driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).hide();", menuId);
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
        settle();
        return this;
    }

    /** Answers "Yes" in the confirmation dialog that a destructive action opened. */
    AdminPages confirm() {
        return click(browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.ui-confirmdialog-yes"))));
    }

    /** The question of the confirmation dialog that a destructive action opened, once it shows. */
    String question() {
        return browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog-message")))
                .getText();
    }

    /** Answers "No" in the confirmation dialog, and waits until it is gone. */
    AdminPages cancel() {
        click(browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.ui-confirmdialog-no"))));
        browser.waiting()
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog-message")));
        return this;
    }

    /** Waits for a growl message containing this text. */
    AdminPages growl(String text) {
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), text));
        return this;
    }

    String text(String id) {
        return find(id).getText();
    }

    String source() {
        return driver.getPageSource();
    }

    /** Waits until PrimeFaces has no Ajax request queued or running. */
    void settle() {
        browser.waiting().until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && (!window.PrimeFaces"
                        + " || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0)));"));
    }
}
