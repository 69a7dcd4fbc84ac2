package koppel.ticketing.provider;

import static koppel.common.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import koppel.external.AccessTokens;
import koppel.external.ExternalException;
import koppel.external.ExternalException.Reason;
import koppel.external.ExternalHttp;
import koppel.ticketing.entity.RemoteStatus;

/**
 * One system behind the generic ticketing API: {@code GET /ping}, {@code POST /events}, {@code GET
 * /events/{id}}, {@code PUT /events/{id}}, {@code POST /events/{id}/cancel}, below its base URL,
 * in JSON with times in UTC. An OAuth 2.0 token the API refuses is asked for again, once.
 */
final class GenericSystem implements TicketingSystem {

    static final String NAME = "The ticketing system";

    private final ExternalHttp http;
    private final AccessTokens tokens;
    private final Map<String, String> config;
    private final String base;

    GenericSystem(ExternalHttp http, AccessTokens tokens, Map<String, String> config) {
        this.http = http;
        this.tokens = tokens;
        this.config = config;
        String url = config.get("base_url");
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String verify() throws ExternalException {
        call("GET", "/ping", null);
        return "Reached " + base + " and signed in ("
                + switch (config.get("auth")) {
                    case GenericTicketing.BASIC -> "HTTP Basic";
                    case GenericTicketing.OAUTH2 -> "OAuth 2.0 client credentials";
                    default -> "no authentication";
                }
                + ").";
    }

    @Override
    public RemoteEvent create(EventDraft draft) throws ExternalException {
        return read(call("POST", "/events", event(draft)));
    }

    @Override
    public RemoteEvent fetch(String remoteId) throws ExternalException {
        return read(call("GET", "/events/" + encoded(remoteId), null));
    }

    @Override
    public RemoteEvent update(String remoteId, EventDraft draft) throws ExternalException {
        return read(call("PUT", "/events/" + encoded(remoteId), event(draft)));
    }

    @Override
    public RemoteEvent cancel(String remoteId) throws ExternalException {
        return read(call(
                "POST",
                "/events/" + encoded(remoteId) + "/cancel",
                JSON.createObjectBuilder().build()));
    }

    /** The event as the contract describes it. */
    static JsonObject event(EventDraft draft) {
        JsonArrayBuilder prices = JSON.createArrayBuilder();
        draft.prices().forEach(price -> {
            JsonObjectBuilder line = JSON.createObjectBuilder();
            if (price.label() == null) {
                line.addNull("label");
            } else {
                line.add("label", price.label());
            }
            prices.add(line.add("amount", price.amount().toPlainString()));
        });
        JsonArrayBuilder sessions = JSON.createArrayBuilder();
        draft.sessions().forEach(session -> {
            JsonObjectBuilder meeting = JSON.createObjectBuilder()
                    .add("starts_at", session.start().toString())
                    .add("ends_at", session.end().toString());
            sessions.add(nullable(meeting, "location", session.location()));
        });
        JsonObjectBuilder event = JSON.createObjectBuilder()
                .add("external_id", draft.sessionGroup().toString())
                .add(
                        "team",
                        JSON.createObjectBuilder()
                                .add("id", draft.team().toString())
                                .add("name", draft.teamName()))
                .add("name", draft.name())
                .add("starts_at", draft.start().toString())
                .add("ends_at", draft.end().toString());
        if (draft.capacity() == null) {
            event.addNull("capacity");
        } else {
            event.add("capacity", draft.capacity());
        }
        return nullable(event, "location", draft.location())
                .add("prices", prices)
                .add("sessions", sessions)
                .build();
    }

    private static JsonObjectBuilder nullable(JsonObjectBuilder object, String name, String value) {
        return value == null ? object.addNull(name) : object.add(name, value);
    }

    /** An event as the contract answers it. */
    static RemoteEvent read(ExternalHttp.Answer answer) throws ExternalException {
        JsonObject event = answer.json(NAME);
        String id = event.get("id") instanceof JsonNumber number ? number.toString() : event.getString("id", null);
        if (id == null || id.isBlank()) {
            throw new ExternalException(Reason.REMOTE_ERROR, NAME + " answered an event without an id.");
        }
        RemoteStatus status;
        try {
            status = RemoteStatus.valueOf(event.getString("status", "").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ExternalException(
                    Reason.REMOTE_ERROR,
                    NAME + " answered an event with an unknown status: "
                            + event.getOrDefault("status", JSON.createValue("none")) + ".");
        }
        return new RemoteEvent(id, status, count(event, "sold"), count(event, "available"));
    }

    private static Integer count(JsonObject event, String name) {
        return event.get(name) instanceof JsonNumber number ? number.intValue() : null;
    }

    private ExternalHttp.Answer call(String method, String path, JsonObject body) throws ExternalException {
        ExternalHttp.Answer answer = send(method, path, body, false);
        if (answer.status() == 401 && GenericTicketing.OAUTH2.equals(config.get("auth"))) {
            answer = send(method, path, body, true);
        }
        if (!answer.ok()) {
            throw ExternalHttp.failure(NAME, answer, answer.message("message", "detail", "error"));
        }
        return answer;
    }

    private ExternalHttp.Answer send(String method, String path, JsonObject body, boolean freshToken)
            throws ExternalException {
        HttpRequest.Builder request = HttpRequest.newBuilder().header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        switch (config.get("auth")) {
            case GenericTicketing.BASIC ->
                request.header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (config.get("username") + ":" + config.getOrDefault("password", ""))
                                                        .getBytes(StandardCharsets.UTF_8)));
            case GenericTicketing.OAUTH2 -> {
                AccessTokens.Client client = new AccessTokens.Client(
                        config.get("token_url"),
                        config.get("client_id"),
                        config.get("client_secret"),
                        config.get("scope"),
                        false);
                if (freshToken) {
                    tokens.forgetAll(client);
                }
                request.header(
                        "Authorization", "Bearer " + tokens.token(http, client).value());
            }
            default -> {
                // no authentication
            }
        }
        return http.send(NAME, request, URI.create(base + path));
    }

    private static String encoded(String remoteId) {
        return URLEncoder.encode(remoteId, StandardCharsets.UTF_8);
    }
}
