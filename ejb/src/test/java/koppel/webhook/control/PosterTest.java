package koppel.webhook.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import koppel.webhook.control.Poster.Outcome;
import koppel.webhook.control.Poster.Parcel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The poster against a real loopback server: a batch leaves at once and comes back in order, one
 * answer per parcel, a failure of one parcel being its own outcome.
 */
class PosterTest {

    private static final int BATCH = 4;

    private final CountDownLatch allArrived = new CountDownLatch(BATCH);
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService senders = Executors.newCachedThreadPool();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // Each request answers only once the whole batch has arrived: posted one after the other,
        // the first would wait in vain and come back as a 504.
        server.createContext("/", exchange -> {
            allArrived.countDown();
            boolean together = awaitQuietly(allArrived);
            byte[] answer = exchange.getRequestURI().getPath().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(together ? 200 : 504, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        // These two answer only once the test is over: the poster must give up on its own.
        server.createContext("/silent", exchange -> {
            awaitQuietly(release);
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/trickle", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write('{');
                out.flush();
                awaitQuietly(release);
                out.write('}');
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(BATCH));
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        senders.shutdownNow();
    }

    @Test
    void aBatchIsPostedAtOnceAndAnsweredInOrder() {
        Poster poster = new Poster(Duration.ofSeconds(2), Duration.ofSeconds(10), senders);
        List<Parcel> parcels = List.of(parcel("/a"), parcel("/b"), parcel("/c"), parcel("/d"));

        List<Outcome> outcomes = poster.postAll(parcels);

        assertThat(outcomes).extracting(Outcome::status).containsExactly(200, 200, 200, 200);
        assertThat(outcomes).extracting(Outcome::excerpt).containsExactly("/a", "/b", "/c", "/d");
    }

    @Test
    void aParcelThatCannotBeSentFailsAloneWithItsReason() {
        Poster poster = new Poster(Duration.ofSeconds(2), Duration.ofSeconds(10), senders);
        List<Parcel> parcels = List.of(
                parcel("/a"), new Parcel("not a url at all", Map.of(), "{}"), parcel("/c"), parcel("/d"), parcel("/e"));

        List<Outcome> outcomes = poster.postAll(parcels);

        assertThat(outcomes).hasSize(5);
        assertThat(outcomes.get(1).delivered()).isFalse();
        assertThat(outcomes.get(1).error()).startsWith("Not a URL that can be posted to");
        assertThat(List.of(outcomes.get(0), outcomes.get(2), outcomes.get(3), outcomes.get(4)))
                .allMatch(Outcome::delivered);
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsAFailureAndTheOthersStillArrive() {
        Poster poster = new Poster(Duration.ofSeconds(2), Duration.ofSeconds(1), senders);
        List<Parcel> parcels = List.of(parcel("/silent"), parcel("/trickle"));

        List<Outcome> outcomes = poster.postAll(parcels);

        assertThat(outcomes).noneMatch(Outcome::delivered);
        // the client's own timeout and the poster's deadline are the same: either may tell
        assertThat(outcomes.get(0).error()).matches("No (complete )?answer within 1 s\\.");
        assertThat(outcomes.get(1).error()).isEqualTo("No complete answer within 1 s.");
        assertThat(release.getCount())
                .as("the receiver was still holding both answers")
                .isEqualTo(1);
    }

    private Parcel parcel(String path) {
        return new Parcel("http://127.0.0.1:" + server.getAddress().getPort() + path, Map.of("webhook-id", path), "{}");
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
