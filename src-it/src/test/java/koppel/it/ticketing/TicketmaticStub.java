package koppel.it.ticketing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Ticketmatic 3 for one account, as its public API documents it: every request under
 * {@code /api/1/{account}} must carry {@code Authorization: TM-HMAC-SHA256 key=.. ts=.. sign=..},
 * signed with the account's secret key over access key + account + ts, no more than 30 minutes
 * off; anything else is answered 401 with Ticketmatic's error shape. Events are answered as
 * Ticketmatic does: a numeric id, {@code currentstatus} (19001 draft, 19002 active) and
 * availability per contingent.
 */
public final class TicketmaticStub {

    public static final int DRAFT = 19001;
    public static final int ACTIVE = 19002;

    private static final Pattern HEADER = Pattern.compile(
            "TM-HMAC-SHA256 key=(\\S+) ts=(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d) sign=([0-9a-f]{64})");

    private final WireMockServer server = Stubs.server();
    private final String account = "koppel" + UUID.randomUUID().toString().substring(0, 8);
    private final String accessKey = "ak" + UUID.randomUUID().toString().replace("-", "");
    private final String secretKey = "sk" + UUID.randomUUID().toString().replace("-", "");

    /** An account whose clock agrees with this machine's and that knows no events yet. */
    public TicketmaticStub() {
        stub(any(urlPathMatching(base() + "/.*")).atPriority(10), error(401, "Invalid authentication"), false);
        timeOffBy(Duration.ZERO);
        stub(get(urlPathEqualTo(base() + "/events")), json(200, "{\"data\":[],\"nbrofresults\":0}"), true);
    }

    /** The configuration of a link to this account. */
    public Map<String, String> configuration() {
        return Map.of(
                "account", account,
                "access_key", accessKey,
                "secret_key", secretKey,
                "host", Stubs.url(),
                "time_zone", "Europe/Brussels");
    }

    /** Answers the time as though Ticketmatic's clock were this far ahead. */
    public void timeOffBy(Duration offset) {
        String time = LocalDateTime.now(ZoneOffset.UTC)
                .plus(offset)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS"));
        stub(get(urlPathEqualTo(base() + "/diagnostics/time")), json(200, "{\"systemtime\":\"" + time + "\"}"), true);
    }

    /** Creating an event answers it as a draft with this id; reading and changing it answer the same. */
    public void acceptsEvents(long id) {
        stub(post(urlPathEqualTo(base() + "/events")), event(id, DRAFT, 0, 100), true);
        hasEvent(id, DRAFT, 0, 100);
        stub(put(urlPathEqualTo(base() + "/events/" + id)), event(id, DRAFT, 0, 100), true);
        stub(delete(urlPathEqualTo(base() + "/events/" + id)), json(200, "{}"), true);
    }

    /** The event stands so: its status and, over one contingent, paid tickets and free places. */
    public void hasEvent(long id, int status, int sold, int free) {
        stub(get(urlPathEqualTo(base() + "/events/" + id)), event(id, status, sold, free), true);
    }

    /** Every call of this path answers so. */
    public void answers(MappingBuilder request, ResponseDefinitionBuilder answer) {
        stub(request, answer, true);
    }

    /** The requests received on this path of the account, in order. */
    public List<LoggedRequest> received(String method, String path) {
        return server.findAll(new RequestPatternBuilder(
                com.github.tomakehurst.wiremock.http.RequestMethod.fromString(method), urlPathEqualTo(base() + path)));
    }

    public String base() {
        return "/api/1/" + account;
    }

    public String account() {
        return account;
    }

    private static ResponseDefinitionBuilder event(long id, int status, int sold, int free) {
        return json(
                200,
                "{\"id\":" + id + ",\"name\":\"Event\",\"currentstatus\":" + status
                        + ",\"availability\":[{\"contingentid\":1,\"total\":" + (sold + free) + ",\"free\":" + free
                        + ",\"reserved\":0,\"sold_paid\":" + sold + ",\"sold_unpaid\":0,\"complimentary\":0}]}");
    }

    private static ResponseDefinitionBuilder error(int status, String message) {
        return json(status, "{\"code\":" + status + ",\"message\":\"" + message + "\"}");
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    private void stub(MappingBuilder request, ResponseDefinitionBuilder answer, boolean signed) {
        server.stubFor((signed ? request.andMatching(this::signedHere).atPriority(1) : request).willReturn(answer));
    }

    /** Whether the request is signed with this account's keys, at a time within 30 minutes of now. */
    private MatchResult signedHere(Request request) {
        Matcher header =
                HEADER.matcher(request.getHeader("Authorization") == null ? "" : request.getHeader("Authorization"));
        if (!header.matches() || !header.group(1).equals(accessKey)) {
            return MatchResult.noMatch();
        }
        LocalDateTime signedAt = LocalDateTime.parse(header.group(2));
        if (Duration.between(signedAt, LocalDateTime.now(ZoneOffset.UTC)).abs().toMinutes() > 30) {
            return MatchResult.noMatch();
        }
        byte[] expected = hmac(accessKey + account + header.group(2));
        return MatchResult.of(MessageDigest.isEqual(expected, HexFormat.of().parseHex(header.group(3))));
    }

    private byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
