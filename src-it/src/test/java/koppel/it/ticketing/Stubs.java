package koppel.it.ticketing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import koppel.it.Settings;

/**
 * The one WireMock server of the test JVM, on {@code koppel.it.ticketing-port} (the one internal
 * address the server under test may call for ticketing links), standing in for ticketing systems.
 * Each stub keeps to its own paths (an account, a prefix), so tests run in any order.
 */
public final class Stubs {

    private static WireMockServer server;

    private Stubs() {}

    /** The server, started on first use. */
    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options()
                    .bindAddress("127.0.0.1")
                    .port(Integer.parseInt(Settings.require("koppel.it.ticketing-port")))
                    .containerThreads(20));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** Its address, as a link's configuration names it. */
    public static String url() {
        return "http://127.0.0.1:" + server().port();
    }
}
