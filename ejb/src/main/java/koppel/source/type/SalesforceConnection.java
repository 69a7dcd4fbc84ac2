package koppel.source.type;

import static koppel.common.Jsonp.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import koppel.external.AccessTokens;
import koppel.external.ExternalException;
import koppel.external.ExternalException.Reason;
import koppel.external.ExternalHttp;

/**
 * Salesforce's REST API for one configuration: SOQL queries of contacts changed since a time
 * (paged by {@code nextRecordsUrl}), {@code queryAll} for the deleted ones, upserts by the external
 * id field (or by Id when Koppel knows it), deletes. A refused session gets one new token; {@code
 * REQUEST_LIMIT_EXCEEDED} is a rate limit.
 */
class SalesforceConnection implements SourceConnection {

    static final String NAME = "Salesforce";

    /** SOQL's dateTime literal: no fraction of a second. */
    private static final DateTimeFormatter SOQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    /** How Salesforce writes dateTime values: {@code 2026-12-02T17:05:26.000+0000}. */
    private static final DateTimeFormatter SALESFORCE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx");

    private final ExternalHttp http;
    private final AccessTokens tokens;
    private final AccessTokens.Client client;
    private final String version;
    private final String externalIdField;

    SalesforceConnection(
            ExternalHttp http, AccessTokens tokens, Credentials credentials, Map<String, String> configuration) {
        this.http = http;
        this.tokens = tokens;
        this.client = new AccessTokens.Client(
                credentials.get("token_url"),
                credentials.get("client_id"),
                credentials.get("client_secret"),
                credentials.get("scope"),
                true);
        this.version = configuration.get(Salesforce.API_VERSION);
        this.externalIdField = configuration.get(Salesforce.EXTERNAL_ID_FIELD);
    }

    @Override
    public void verify() throws ExternalException {
        query("query", "SELECT Id FROM Contact LIMIT 1", Optional.empty());
    }

    @Override
    public RemotePage changed(String dataType, Set<String> fields, Optional<Instant> since, Optional<String> next)
            throws ExternalException {
        Set<String> selected = new LinkedHashSet<>(List.of("Id", externalIdField, "LastModifiedDate"));
        selected.addAll(fields);
        String soql = "SELECT " + String.join(", ", selected) + " FROM Contact"
                + since.map(time -> " WHERE LastModifiedDate >= " + soqlTime(time))
                        .orElse("")
                + " ORDER BY LastModifiedDate, Id";
        JsonObject page = query("query", soql, next);
        List<RemoteRecord> records = new ArrayList<>();
        for (JsonValue value : page.getJsonArray("records")) {
            JsonObject record = value.asJsonObject();
            Map<String, String> values = new HashMap<>();
            for (String field : fields) {
                values.put(field, text(record.get(field)));
            }
            records.add(new RemoteRecord(
                    record.getString("Id"),
                    time(record.get("LastModifiedDate")),
                    values,
                    text(record.get(externalIdField))));
        }
        return new RemotePage(records, nextOf(page));
    }

    @Override
    public RemotePage deleted(String dataType, Optional<Instant> since, Optional<String> next)
            throws ExternalException {
        String soql = "SELECT Id, " + externalIdField + ", SystemModstamp FROM Contact WHERE IsDeleted = true"
                + since.map(time -> " AND SystemModstamp >= " + soqlTime(time)).orElse("")
                + " ORDER BY SystemModstamp, Id";
        JsonObject page = query("queryAll", soql, next);
        List<RemoteRecord> records = new ArrayList<>();
        for (JsonValue value : page.getJsonArray("records")) {
            JsonObject record = value.asJsonObject();
            records.add(new RemoteRecord(
                    record.getString("Id"),
                    time(record.get("SystemModstamp")),
                    Map.of(),
                    text(record.get(externalIdField))));
        }
        return new RemotePage(records, nextOf(page));
    }

    @Override
    public String upsert(String dataType, Optional<String> remoteKey, UUID koppelId, Map<String, String> values)
            throws ExternalException {
        JsonObjectBuilder body = JSON.createObjectBuilder();
        values.forEach((field, value) -> {
            if (!field.equals("Id") && !field.equals(externalIdField)) {
                body.add(field, value == null ? JsonValue.NULL : JSON.createValue(value));
            }
        });
        String path = remoteKey
                .map(key -> "sobjects/Contact/" + encoded(key))
                .orElse("sobjects/Contact/" + encoded(externalIdField) + "/" + koppelId);
        if (remoteKey.isPresent()) {
            body.add(externalIdField, koppelId.toString());
        }
        ExternalHttp.Answer answer = call(
                path,
                () -> HttpRequest.newBuilder()
                        .method("PATCH", bodyOf(body.build().toString())));
        if (answer.status() == 404 && remoteKey.isPresent()) {
            // deleted there meanwhile: created again, under Koppel's id
            return upsert(dataType, Optional.empty(), koppelId, values);
        }
        if (!answer.ok()) {
            throw failure(answer);
        }
        if (answer.body().isBlank()) {
            return remoteKey.orElseThrow(() -> new ExternalException(Reason.REMOTE_ERROR, NAME + " answered no id."));
        }
        return answer.json(NAME).getString("id", remoteKey.orElse(null));
    }

    @Override
    public void delete(String dataType, Optional<String> remoteKey, UUID koppelId) throws ExternalException {
        String path = remoteKey
                .map(key -> "sobjects/Contact/" + encoded(key))
                .orElse("sobjects/Contact/" + encoded(externalIdField) + "/" + koppelId);
        ExternalHttp.Answer answer = call(path, () -> HttpRequest.newBuilder().DELETE());
        if (!answer.ok() && answer.status() != 404) {
            throw failure(answer);
        }
    }

    private JsonObject query(String resource, String soql, Optional<String> next) throws ExternalException {
        String path = next.map(url -> url.substring(url.indexOf("/services/data/") + "/services/data/".length()))
                .map(rest -> rest.substring(rest.indexOf('/') + 1))
                .orElse(resource + "?q=" + encoded(soql));
        ExternalHttp.Answer answer = call(path, () -> HttpRequest.newBuilder().GET());
        if (!answer.ok()) {
            throw failure(answer);
        }
        JsonObject page = answer.json(NAME);
        if (!(page.get("records") instanceof JsonArray)) {
            throw new ExternalException(Reason.REMOTE_ERROR, NAME + " answered a query without records.");
        }
        return page;
    }

    /** A request that builds itself again, for the retry with a new token. */
    private interface Request {
        HttpRequest.Builder build();
    }

    /** Calls the API below {@code /services/data/<version>/}; a refused session is retried once with a new token. */
    private ExternalHttp.Answer call(String path, Request request) throws ExternalException {
        ExternalHttp.Answer answer = send(path, request);
        if (answer.status() == 401) {
            tokens.forgetAll(client);
            answer = send(path, request);
        }
        return answer;
    }

    private ExternalHttp.Answer send(String path, Request request) throws ExternalException {
        AccessTokens.Token token = tokens.token(http, client);
        String instance = token.answer().getString("instance_url", null);
        if (instance == null || instance.isBlank()) {
            throw new ExternalException(Reason.REMOTE_ERROR, NAME + "'s token answer has no instance_url.");
        }
        URI uri;
        try {
            uri = URI.create(instance.replaceAll("/+$", "") + "/services/data/" + version + "/" + path);
        } catch (IllegalArgumentException e) {
            throw new ExternalException(Reason.REMOTE_ERROR, NAME + "'s instance_url is not an address: " + instance);
        }
        return http.send(
                NAME,
                request.build()
                        .header("Authorization", "Bearer " + token.value())
                        .header("Accept", "application/json")
                        .header("Content-Type", "application/json"),
                uri);
    }

    /** The failure an answer means, in Salesforce's own words ({@code [{"message", "errorCode"}]}). */
    private static ExternalException failure(ExternalHttp.Answer answer) {
        String code = null;
        String message = null;
        try {
            JsonValue body = JSON.createReader(new StringReader(answer.body())).readValue();
            JsonObject error = body instanceof JsonArray errors && !errors.isEmpty()
                    ? errors.getJsonObject(0)
                    : body.asJsonObject();
            code = error.getString("errorCode", null);
            message = error.getString("message", null);
        } catch (RuntimeException e) {
            // not Salesforce's error shape: the status speaks
        }
        if ("REQUEST_LIMIT_EXCEEDED".equals(code)) {
            return new ExternalException(
                    Reason.RATE_LIMITED,
                    NAME + " refused the call: REQUEST_LIMIT_EXCEEDED" + (message == null ? "." : ": " + message));
        }
        String said = code == null ? message : message == null ? code : code + ": " + message;
        return ExternalHttp.failure(NAME, answer, Optional.ofNullable(said));
    }

    private static Optional<String> nextOf(JsonObject page) {
        return page.getBoolean("done", true)
                ? Optional.empty()
                : Optional.ofNullable(page.getString("nextRecordsUrl", null));
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    private static Instant time(JsonValue value) throws ExternalException {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, SALESFORCE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new ExternalException(Reason.REMOTE_ERROR, NAME + " answered a time Koppel cannot read: " + text);
        }
    }

    private static String soqlTime(Instant time) {
        return SOQL_TIME.format(time.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static HttpRequest.BodyPublisher bodyOf(String json) {
        return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    }
}
