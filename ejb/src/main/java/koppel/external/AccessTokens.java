package koppel.external;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import koppel.external.ExternalException.Reason;

/**
 * OAuth 2.0 access tokens of the client credentials grant (RFC 6749, 4.4), kept until shortly
 * before they expire. The client authenticates with HTTP Basic (client_secret_basic) or with its
 * id and secret in the form (client_secret_post), as its authorization server documents. Tokens
 * are kept per token URL, client and secret, so a changed secret asks for a new token; parallel
 * callers may each fetch one when none is kept, and the last one fetched is kept.
 */
@ApplicationScoped
public class AccessTokens {

    /** A token is not used in its last half minute. */
    private static final long MARGIN_SECONDS = 30;

    /** Without expires_in, a token is asked for again after this long. */
    private static final long DEFAULT_LIFETIME_SECONDS = 300;

    private final Map<Client, Token> kept = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** The client of a token endpoint; {@code inForm}: its id and secret go in the form, not a Basic header. */
    public record Client(String tokenUrl, String clientId, String secret, String scope, boolean inForm) {}

    /** A token, and the whole answer it came in (some servers say more there, e.g. where their API is). */
    public record Token(String value, Instant expires, JsonObject answer) {}

    /** A token for the client, a kept one while it holds; fetched through {@code http}. */
    public Token token(ExternalHttp http, Client client) throws ExternalException {
        Token token = kept.get(client);
        if (token != null && token.expires().isAfter(clock.instant())) {
            return token;
        }
        Token fresh = fetch(http, client);
        kept.put(client, fresh);
        return fresh;
    }

    /** Forgets the client's token (the API refused it): the next call asks for a new one. */
    public void forgetAll(Client client) {
        kept.remove(client);
    }

    private Token fetch(ExternalHttp http, Client client) throws ExternalException {
        StringBuilder form = new StringBuilder("grant_type=client_credentials");
        if (client.scope() != null && !client.scope().isBlank()) {
            form.append("&scope=").append(encoded(client.scope()));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder()
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json");
        if (client.inForm()) {
            form.append("&client_id=").append(encoded(client.clientId()));
            form.append("&client_secret=").append(encoded(client.secret()));
        } else {
            String basic = encoded(client.clientId()) + ":" + encoded(client.secret());
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        request.POST(HttpRequest.BodyPublishers.ofString(form.toString()));
        String system = "The token endpoint";
        ExternalHttp.Answer answer = http.send(system, request, URI.create(client.tokenUrl()));
        if (!answer.ok()) {
            ExternalException failure =
                    ExternalHttp.failure(system, answer, answer.message("error_description", "error"));
            // RFC 6749, 5.2: a refused client is 400 or 401 with "invalid_client"
            throw answer.status() == 400 && answer.body().contains("invalid_client")
                    ? new ExternalException(Reason.CREDENTIALS, failure.getMessage())
                    : failure;
        }
        JsonObject body = answer.json(system);
        String value = body.getString("access_token", null);
        if (value == null || value.isBlank()) {
            throw new ExternalException(Reason.REMOTE_ERROR, system + " answered no access_token.");
        }
        long lifetime = body.get("expires_in") instanceof JsonNumber n ? n.longValue() : DEFAULT_LIFETIME_SECONDS;
        return new Token(value, clock.instant().plusSeconds(Math.max(0, lifetime - MARGIN_SECONDS)), body);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
