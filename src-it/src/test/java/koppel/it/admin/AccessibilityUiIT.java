package koppel.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import koppel.it.Browser;
import koppel.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every admin page passes axe-core (npm's, from its WebJar) without a serious or critical
 * violation: labels, contrast, keyboard reach.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityUiIT {

    /** axe.min.js of the WebJar's version, whatever the build's dependency says it is. */
    private static final String AXE = read("META-INF/resources/webjars/axe-core/"
            + read("META-INF/maven/org.webjars.npm/axe-core/pom.properties")
                    .lines()
                    .filter(line -> line.startsWith("version="))
                    .findFirst()
                    .orElseThrow()
                    .substring("version=".length())
            + "/axe.min.js");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void everyAdminPageHasNoSeriousOrCriticalViolation() throws Exception {
        List<String> violations = new ArrayList<>();
        LongNames sample;
        try (Browser browser = Browser.open()) {
            AdminPages pages = prepared(browser);
            violations.addAll(check(pages.open(LongNames.LOGIN.path()), LongNames.LOGIN));
            sample = LongNames.shared(pages.logInAsAdmin());
        }
        // Two browsers at once, each with every other page: axe keeps one core busy, the server idles.
        List<LongNames.Page> all = sample.adminPages();
        ExecutorService browsers = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> halves = new ArrayList<>();
            for (int half = 0; half < 2; half++) {
                int first = half;
                halves.add(browsers.submit(() -> checkEvery(all, first)));
            }
            for (Future<List<String>> half : halves) {
                violations.addAll(half.get());
            }
        } finally {
            browsers.shutdownNow();
        }
        assertThat(violations).as("serious and critical axe-core violations").isEmpty();
    }

    /** Checks every other page from {@code first} on, signed in, in a browser of its own. */
    private static List<String> checkEvery(List<LongNames.Page> all, int first) {
        List<String> violations = new ArrayList<>();
        try (Browser browser = Browser.open()) {
            AdminPages pages = prepared(browser).logInAsAdmin();
            for (int i = first; i < all.size(); i += 2) {
                violations.addAll(check(pages.open(all.get(i).path()), all.get(i)));
            }
        }
        return violations;
    }

    private static AdminPages prepared(Browser browser) {
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return new AdminPages(browser);
    }

    /**
     * Runs axe-core on the page shown: one line for each serious or critical violation. A page with
     * any leaves its screenshot and HTML under target/screenshots.
     */
    static List<String> check(AdminPages pages, LongNames.Page page) {
        JavascriptExecutor js = (JavascriptExecutor) pages.driver();
        js.executeScript(AXE);
        List<String> violations = axe(js, page);
        if (!violations.isEmpty()) {
            pages.browser().screenshot("axe-" + page.name());
            pages.browser().saveSource("axe-" + page.name());
        }
        return violations;
    }

    @SuppressWarnings("unchecked")
    private static List<String> axe(JavascriptExecutor js, LongNames.Page page) {
        return (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1], page = arguments[0];
                axe.run(document, {resultTypes: ['violations']})
                    .then(results => done(results.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => page + ': ' + v.id + ' (' + v.impact + ') ' + v.help + ': '
                            + v.nodes.map(n => n.target.join(' ')).join(', '))))
                    .catch(error => done([page + ': axe-core failed: ' + error]));
                """, page.name());
    }

    private static String read(String resource) {
        try (InputStream in = AccessibilityUiIT.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path: is the axe-core WebJar there?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
