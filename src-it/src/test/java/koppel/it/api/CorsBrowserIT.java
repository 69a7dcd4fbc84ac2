package koppel.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import koppel.it.Browser;
import koppel.it.Deployments;
import koppel.it.Settings;
import koppel.it.api.Fixtures.Key;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A page on another origin calls the API from Chromium, as a booking site would: the browser
 * sends a real CORS preflight (the {@code Authorization} header makes one necessary), and only a
 * page from an origin in {@code koppel.api.cors.allowed-origins} gets through. The pages are
 * served by a small server of the test's own on loopback; the build configures the allowed one.
 */
@ExtendWith(ArquillianExtension.class)
class CorsBrowserIT {

    /** Calls the API with the key and reports the status, a header a page may only read if exposed, and the count. */
    private static final String CALL = """
            const [url, key, done] = arguments;
            fetch(url, {headers: {'Authorization': 'Token ' + key, 'Accept': 'application/json'}})
                .then(async r => done({status: r.status, remaining: r.headers.get('RateLimit-Remaining'),
                                       count: (await r.json()).count}))
                .catch(e => done({error: String(e)}));
            """;

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void aPageOnAnAllowedOriginCallsTheApiAndOthersAreStopped() throws Exception {
        Key key =
                Fixtures.key(List.of(Fixtures.team()), Map.of("clients", "read"), b -> b.add("rate_per_second", 1000));
        String clients = Settings.baseUrl() + "/api/v1/teams/" + key.team() + "/clients";
        int allowedPort = Integer.parseInt(Settings.require("koppel.it.cors-port"));
        HttpServer allowed = page(allowedPort);
        HttpServer other = page(0);
        try (Browser browser = Browser.open()) {
            browser.driver().get("http://localhost:" + allowedPort + "/");
            @SuppressWarnings("unchecked")
            Map<String, Object> fromAllowed = (Map<String, Object>)
                    ((JavascriptExecutor) browser.driver()).executeAsyncScript(CALL, clients, key.secret());

            browser.driver().get("http://localhost:" + other.getAddress().getPort() + "/");
            @SuppressWarnings("unchecked")
            Map<String, Object> fromOther = (Map<String, Object>)
                    ((JavascriptExecutor) browser.driver()).executeAsyncScript(CALL, clients, key.secret());

            assertThat(fromAllowed).containsEntry("status", 200L).containsEntry("count", 0L);
            assertThat(fromAllowed.get("remaining")).as("an exposed header").isNotNull();
            assertThat(fromOther).containsKey("error").doesNotContainKey("status");
        } finally {
            allowed.stop(0);
            other.stop(0);
        }
    }

    /** A server on loopback whose only page is an empty HTML document: an origin to run scripts in. */
    private static HttpServer page(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            byte[] html = "<!DOCTYPE html><html><head><title>Booking site</title></head><body></body></html>"
                    .getBytes(StandardCharsets.UTF_8);
            server.createContext("/", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
                exchange.sendResponseHeaders(200, html.length);
                exchange.getResponseBody().write(html);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
