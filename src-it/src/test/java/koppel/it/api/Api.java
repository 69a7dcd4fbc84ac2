package koppel.it.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import koppel.it.Http;
import koppel.it.ServerLog;
import koppel.it.Settings;

/** Calls the public API as an integrator does: with a key, JSON in and out. */
public final class Api {

    private final String key;

    private Api(String key) {
        this.key = key;
    }

    public static Api withKey(String key) {
        return new Api(key);
    }

    public static Api anonymous() {
        return new Api(null);
    }

    /** The absolute URL of an API path ("/teams/..."), or the URL itself when already absolute. */
    public static String url(String path) {
        return path.startsWith("http") ? path : Settings.baseUrl() + "/api/v1" + path;
    }

    public Reply get(String path) {
        return send("GET", path, null, "application/json");
    }

    public Reply post(String path, JsonObject body) {
        return send("POST", path, body.toString(), "application/json");
    }

    public Reply put(String path, JsonObject body, String... headers) {
        return send("PUT", path, body.toString(), "application/json", headers);
    }

    public Reply delete(String path, String... headers) {
        return send("DELETE", path, null, "application/json", headers);
    }

    /** Any request; {@code headers} are name, value, name, value... */
    public Reply send(String method, String path, String body, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json");
        if (body != null && contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (key != null) {
            request.header("Authorization", "Token " + key);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return new Reply(Http.send(request.build()));
    }

    /** An answer of the API. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        }

        public String detail() {
            return json().getString("detail");
        }

        public JsonArray results() {
            return json().getJsonArray("results");
        }

        public boolean isNull(String field) {
            return json().get(field).getValueType() == JsonValue.ValueType.NULL;
        }

        @Override
        public String toString() {
            String failure = status() < 500
                    ? ""
                    : header("X-Request-Id").map(ServerLog::failureOf).orElse("");
            return status() + " " + response.body() + (failure.isEmpty() ? "" : " (server log: " + failure + ")");
        }
    }
}
