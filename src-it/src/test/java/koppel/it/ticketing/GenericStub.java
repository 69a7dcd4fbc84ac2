package koppel.it.ticketing;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static koppel.it.ticketing.TicketmaticStub.json;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A ticketing system that implements Koppel's generic ticketing API (docs/ticketing-api.md) below a
 * base URL of its own, with OAuth 2.0 client credentials: the token endpoint wants the client's id
 * and secret by HTTP Basic and {@code grant_type=client_credentials}, and hands out one token that
 * every API call must carry as a Bearer token; anything else is answered 401.
 */
public final class GenericStub {

    private final WireMockServer server = Stubs.server();
    private final String prefix = "/generic/" + UUID.randomUUID();
    private final String clientId = "koppel-" + UUID.randomUUID().toString().substring(0, 8);
    private final String clientSecret = UUID.randomUUID().toString();
    private final String token = UUID.randomUUID().toString();

    public GenericStub() {
        server.stubFor(any(urlPathMatching(prefix + "/.*"))
                .atPriority(10)
                .willReturn(json(401, "{\"message\":\"Missing or invalid token\"}")));
        server.stubFor(post(urlPathEqualTo(prefix + "/oauth/token"))
                .atPriority(5)
                .willReturn(json(401, "{\"error\":\"invalid_client\",\"error_description\":\"Unknown client\"}")));
        server.stubFor(post(urlPathEqualTo(prefix + "/oauth/token"))
                .atPriority(1)
                .withHeader("Authorization", equalTo("Basic " + basic(clientId, clientSecret)))
                .withRequestBody(containing("grant_type=client_credentials"))
                .willReturn(json(
                        200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        answers(get(urlPathEqualTo(prefix + "/ping")), json(200, "{\"name\":\"Stub tickets\"}"));
    }

    /** The configuration of a link to this system. */
    public Map<String, String> configuration() {
        return Map.of(
                "base_url",
                Stubs.url() + prefix,
                "auth",
                "oauth2",
                "token_url",
                Stubs.url() + prefix + "/oauth/token",
                "client_id",
                clientId,
                "client_secret",
                clientSecret);
    }

    /** Creating an event answers it as a draft with this id; reading, changing and cancelling it too. */
    public void acceptsEvents(String id) {
        answers(
                post(urlPathEqualTo(prefix + "/events")),
                event(id, "draft", 0, 100).withStatus(201));
        hasEvent(id, "draft", 0, 100);
        answers(put(urlPathEqualTo(prefix + "/events/" + id)), event(id, "draft", 0, 100));
        answers(post(urlPathEqualTo(prefix + "/events/" + id + "/cancel")), event(id, "cancelled", 0, 100));
    }

    public void hasEvent(String id, String status, int sold, int available) {
        answers(get(urlPathEqualTo(prefix + "/events/" + id)), event(id, status, sold, available));
    }

    /** Calls with the token answer so. */
    public void answers(MappingBuilder request, ResponseDefinitionBuilder answer) {
        server.stubFor(request.atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(answer));
    }

    public List<LoggedRequest> received(String method, String path) {
        return server.findAll(
                new RequestPatternBuilder(RequestMethod.fromString(method), urlPathEqualTo(prefix + path)));
    }

    private static ResponseDefinitionBuilder event(String id, String status, int sold, int available) {
        return json(
                200,
                "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"sold\":" + sold + ",\"available\":" + available
                        + "}");
    }

    static String basic(String user, String password) {
        return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
