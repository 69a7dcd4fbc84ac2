package koppel.webhook.control;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts webhooks, one or several at once, with the JDK's {@link HttpClient}: a connect timeout, a total timeout that
 * covers the answer's body too, no redirects followed (a 3xx is a failure), and at most
 * {@value #EXCERPT_BYTES} bytes of the answer read. Whatever happens comes back as an
 * {@link Outcome}; nothing is thrown, because a failed delivery is data.
 *
 * <p>Each post is a blocking {@link HttpClient#send} on one of the {@code senders}' threads, not a
 * {@code sendAsync}: the client hands every asynchronous exchange's end to the JDK's default
 * asynchronous executor, which on a machine with fewer than three cores starts a new thread for
 * each task.
 */
public final class Poster {

    public static final int EXCERPT_BYTES = 4096;

    private final HttpClient client;
    private final Duration timeout;
    private final ExecutorService senders;

    /** Posts on the threads of {@code senders}, which must not queue (a slow receiver holds its thread). */
    public Poster(Duration connectTimeout, Duration timeout, ExecutorService senders) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build();
        this.timeout = timeout;
        this.senders = senders;
    }

    /** What became of one post: the status and the answer's beginning, or why there was none. */
    public record Outcome(Integer status, String excerpt, String error, long millis) {

        public boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }

        public boolean gone() {
            return status != null && status == 410;
        }
    }

    /** One webhook to post: where, its headers, and its body. */
    public record Parcel(String url, Map<String, String> headers, String body) {}

    /**
     * Posts these webhooks at once and waits for all of them: the outcomes come back in the
     * parcels' order, each timed from its own start to its own end.
     */
    public List<Outcome> postAll(List<Parcel> parcels) {
        List<Pending> underWay = parcels.stream().map(this::send).toList(); // all leave before any is awaited
        return underWay.stream().map(this::await).toList();
    }

    /** A post under way: its sender's task (to cancel it) and when it started. */
    private record Pending(Future<Outcome> outcome, long start) {}

    private Pending send(Parcel parcel) {
        long start = System.nanoTime();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(parcel.url()))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Koppel-Webhooks/1")
                    .POST(HttpRequest.BodyPublishers.ofString(parcel.body(), StandardCharsets.UTF_8));
            parcel.headers().forEach(request::header);
            HttpRequest built = request.build();
            return new Pending(senders.submit(() -> exchange(built, start)), start);
        } catch (IllegalArgumentException e) {
            return new Pending(
                    CompletableFuture.completedFuture(
                            failure("Not a URL that can be posted to: " + e.getMessage(), start)),
                    start);
        }
    }

    private Outcome exchange(HttpRequest request, long start) {
        try {
            HttpResponse<String> response = client.send(request, info -> new Excerpt());
            return new Outcome(response.statusCode(), response.body(), null, millisSince(start));
        } catch (IOException e) {
            return failure(describe(e), start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure("Interrupted while sending.", start);
        }
    }

    private Outcome await(Pending pending) {
        long left = timeout.toNanos() - (System.nanoTime() - pending.start());
        try {
            return pending.outcome().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.outcome().cancel(true); // the client gives the exchange up when its sender is interrupted
            return failure("No complete answer within " + timeout.toSeconds() + " s.", pending.start());
        } catch (ExecutionException e) {
            return failure(describe(e.getCause()), pending.start()); // only an unexpected runtime failure
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.outcome().cancel(true);
            return failure("Interrupted while sending.", pending.start());
        }
    }

    private String describe(Throwable cause) {
        return cause instanceof HttpTimeoutException
                ? "No answer within " + timeout.toSeconds() + " s."
                : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static Outcome failure(String error, long start) {
        return new Outcome(null, null, error, millisSince(start));
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** Keeps the first {@value #EXCERPT_BYTES} bytes of an answer and stops reading there. */
    private static final class Excerpt implements HttpResponse.BodySubscriber<String> {

        private final CompletableFuture<String> result = new CompletableFuture<>();
        private final ByteBuffer kept = ByteBuffer.allocate(EXCERPT_BYTES);
        private Flow.Subscription subscription;

        @Override
        public CompletionStage<String> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                int take = Math.min(buffer.remaining(), kept.remaining());
                kept.put(buffer.slice().limit(take));
            }
            if (kept.hasRemaining()) {
                subscription.request(1);
            } else {
                subscription.cancel();
                onComplete();
            }
        }

        @Override
        public void onError(Throwable failure) {
            result.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            result.complete(new String(kept.array(), 0, kept.position(), StandardCharsets.UTF_8));
        }
    }
}
