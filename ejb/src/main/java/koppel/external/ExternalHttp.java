package koppel.external;

import static koppel.common.Jsonp.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import koppel.external.ExternalException.Reason;
import koppel.webhook.control.TargetGuard;

/**
 * The HTTP exchange Koppel makes with an external system (a ticketing system, an integration
 * source): one client with the feature's timeouts, no redirects, and the webhooks' guard against
 * internal addresses (checked before every call); answers read up to 1 MB; failures turned into
 * {@link ExternalException}s that name the system and quote its own message. Each feature builds
 * one from its own settings.
 */
public class ExternalHttp {

    private static final int MAX_ANSWER_BYTES = 1 << 20;

    private final Duration timeout;
    private final TargetGuard guard;
    private final HttpClient client;

    public ExternalHttp(Duration timeout, Duration connectTimeout, TargetGuard guard) {
        this.timeout = timeout;
        this.guard = guard;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** An answer: its status, headers and body text. */
    public record Answer(int status, HttpResponse<?> response, String body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The body as a JSON object; a body that is not one is the system's failure. */
        public JsonObject json(String system) throws ExternalException {
            try {
                return JSON.createReader(new StringReader(body)).readObject();
            } catch (JsonException | IllegalStateException e) {
                throw new ExternalException(
                        Reason.REMOTE_ERROR,
                        system + " answered " + status + " with a body that is not a JSON object.");
            }
        }

        /** The message a JSON error body carries under one of these names, if any. */
        public Optional<String> message(String... names) {
            try {
                JsonObject error = JSON.createReader(new StringReader(body)).readObject();
                for (String name : names) {
                    JsonValue value = error.get(name);
                    if (value != null && value.getValueType() == JsonValue.ValueType.STRING) {
                        return Optional.of(error.getString(name));
                    }
                }
            } catch (JsonException | IllegalStateException | ClassCastException e) {
                // not JSON: the status alone speaks
            }
            return Optional.empty();
        }

        /** The wait a 429 asks for, in seconds. */
        public Optional<Duration> retryAfter() {
            return response.headers()
                    .firstValue("Retry-After")
                    .filter(value -> value.strip().matches("\\d{1,6}"))
                    .map(value -> Duration.ofSeconds(Long.parseLong(value.strip())));
        }
    }

    /**
     * Sends the request to {@code system} (its name, for messages) and reads the answer, whatever
     * its status; fails only when there is no answer.
     */
    public Answer send(String system, HttpRequest.Builder request, URI uri) throws ExternalException {
        Optional<String> refusal = guard.refusal(uri.toString());
        if (refusal.isPresent()) {
            throw new ExternalException(
                    Reason.NOT_ALLOWED, "Koppel does not call " + uri.getHost() + ": " + refusal.get());
        }
        HttpRequest built =
                request.uri(uri).timeout(timeout).header("User-Agent", "Koppel").build();
        try {
            HttpResponse<InputStream> response = client.send(built, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                String text = new String(body.readNBytes(MAX_ANSWER_BYTES), StandardCharsets.UTF_8);
                return new Answer(response.statusCode(), response, text);
            }
        } catch (HttpTimeoutException e) {
            throw new ExternalException(
                    Reason.TIMEOUT, system + " did not answer within " + timeout.toSeconds() + " s.", null, e);
        } catch (IOException e) {
            throw new ExternalException(
                    Reason.UNREACHABLE,
                    "Cannot reach " + system + " at " + uri.getHost() + ": " + describe(e) + ".",
                    null,
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExternalException(Reason.UNREACHABLE, "The call to " + system + " was interrupted.");
        }
    }

    /**
     * The failure an answer that is not 2xx means, with the system's own message: 401/403 refused
     * credentials, 404 not found, 409 a conflict, 429 too many calls, another 4xx refused data, 5xx
     * the system's failure.
     */
    public static ExternalException failure(String system, Answer answer, Optional<String> message) {
        int status = answer.status();
        String said = system + " answered " + status
                + message.map(text -> ": " + text).orElse(".");
        Reason reason;
        if (status == 401 || status == 403) {
            reason = Reason.CREDENTIALS;
        } else if (status == 404 || status == 410) {
            reason = Reason.NOT_FOUND;
        } else if (status == 409) {
            reason = Reason.CONFLICT;
        } else if (status == 429) {
            reason = Reason.RATE_LIMITED;
        } else if (status >= 400 && status < 500) {
            reason = Reason.REFUSED;
        } else {
            reason = Reason.REMOTE_ERROR;
        }
        return new ExternalException(reason, said, answer.retryAfter().orElse(null), null);
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
