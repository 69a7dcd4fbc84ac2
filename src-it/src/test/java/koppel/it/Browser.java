package koppel.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver; nothing is downloaded. Each test gets a
 * fresh browser with an empty profile, so no cookie or session leaks between tests.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("koppel.it.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("koppel.it.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;

    private Browser(String language) {
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-dev-shm-usage",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--window-size=1280,900",
                        "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        // What the page's console says (a resource that failed to load, a script error), for tests to read.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** A browser whose user prefers English. */
    public static Browser open() {
        return new Browser("en");
    }

    /** A browser whose user prefers this language, as the Accept-Language header tells the server. */
    public static Browser preferring(String language) {
        return new Browser(language);
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * The page's inner width and height once a resize has taken effect: a busy machine applies it
     * after the call returns, so read until two readings agree (at most two seconds).
     */
    private long[] settledInnerSize() {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        long[] last = innerSize();
        while (System.nanoTime() < deadline) {
            pause(Duration.ofMillis(100));
            long[] now = innerSize();
            if (now[0] == last[0] && now[1] == last[1]) {
                return now;
            }
            last = now;
        }
        return last;
    }

    private long[] innerSize() {
        return new long[] {(Long) js("return window.innerWidth;"), (Long) js("return window.innerHeight;")};
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public WebDriverWait waiting() {
        // Ajax updates replace elements between finding and reading them: look again.
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        // Selenium looks every 500 ms by default: half a second lost after nearly every click.
        wait.pollingEvery(Duration.ofMillis(25));
        return wait;
    }

    /**
     * Makes the page this many CSS pixels wide (and high), as a window of that size on a desktop
     * shows it: the window is resized until {@code window.innerWidth} says so.
     */
    public Browser resize(int width, int height) {
        Dimension size = new Dimension(width, height);
        for (int attempt = 0; attempt < 5; attempt++) {
            driver.manage().window().setSize(size);
            long[] inner = settledInnerSize();
            if (inner[0] == width && inner[1] == height) {
                return this;
            }
            size = new Dimension(size.width + width - (int) inner[0], size.height + height - (int) inner[1]);
        }
        throw new IllegalStateException("The browser's page did not become " + width + " × " + height + " pixels");
    }

    /** Runs a script in the page and returns what it returns. */
    public Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Saves what the browser shows under {@code target/screenshots/<name>.png} for people to look at. */
    public void screenshot(String name) {
        Path directory = Path.of(Settings.require("koppel.it.screenshots"));
        try {
            Files.createDirectories(directory);
            Path taken = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(taken, directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the page's HTML as it is now under {@code target/screenshots/<name>.html}, to see why a check failed. */
    public void saveSource(String name) {
        Path directory = Path.of(Settings.require("koppel.it.screenshots"));
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
