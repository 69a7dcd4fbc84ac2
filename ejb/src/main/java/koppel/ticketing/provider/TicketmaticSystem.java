package koppel.ticketing.provider;

import static koppel.common.Jsonp.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import koppel.external.ExternalException;
import koppel.external.ExternalException.Reason;
import koppel.external.ExternalHttp;
import koppel.ticketing.entity.RemoteStatus;

/**
 * One Ticketmatic account. Every request carries {@code Authorization: TM-HMAC-SHA256 key=<access
 * key> ts=<UTC, yyyy-MM-ddTHH:mm:ss> sign=<hex HMAC-SHA256 over access key + account + ts, keyed
 * with the secret key>}. Event times are written in the account's time zone (the link's setting).
 */
final class TicketmaticSystem implements TicketingSystem {

    static final String NAME = "Ticketmatic";

    /** Ticketmatic's event statuses (its "currentstatus"). */
    static final int DRAFT = 19001;

    /** Beyond this difference between the clocks, signatures are not accepted. */
    static final Duration MAX_SKEW = Duration.ofMinutes(5);

    private static final DateTimeFormatter SIGNED_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ExternalHttp http;
    private final Map<String, String> config;
    private final Clock clock;
    private final String base;

    TicketmaticSystem(ExternalHttp http, Map<String, String> config, Clock clock) {
        this.http = http;
        this.config = config;
        this.clock = clock;
        String host = config.get("host");
        this.base = (host.endsWith("/") ? host.substring(0, host.length() - 1) : host) + "/api/1/"
                + URLEncoder.encode(config.get("account"), StandardCharsets.UTF_8);
    }

    /** The Authorization header for a request made at {@code now}. */
    static String authorization(String accessKey, String secretKey, String account, Instant now) {
        String ts = SIGNED_TIME.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] sign = mac.doFinal((accessKey + account + ts).getBytes(StandardCharsets.UTF_8));
            return "TM-HMAC-SHA256 key=" + accessKey + " ts=" + ts + " sign="
                    + HexFormat.of().formatHex(sign);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public String verify() throws ExternalException {
        JsonObject time = call("GET", "/diagnostics/time", null).json(NAME);
        Instant theirs = parseTime(time.getString("systemtime", ""))
                .orElseThrow(() -> new ExternalException(Reason.REMOTE_ERROR, NAME + " sent no readable system time."));
        Duration skew = Duration.between(clock.instant(), theirs).abs();
        if (skew.compareTo(MAX_SKEW) > 0) {
            throw new ExternalException(
                    Reason.CLOCK_SKEW,
                    "The clocks of Koppel and " + NAME + " differ by " + skew.toMinutes() + " minutes (" + NAME + ": "
                            + theirs + " UTC), so signed calls fail. Set this server's clock right.");
        }
        call("GET", "/events?limit=1", null);
        return "Signed in to " + NAME + " account " + config.get("account") + "; the clocks differ by "
                + skew.toSeconds() + " s.";
    }

    @Override
    public RemoteEvent create(EventDraft draft) throws ExternalException {
        JsonObjectBuilder event = event(draft);
        optionalId("location_id").ifPresent(id -> event.add("locationid", id));
        if (draft.capacity() != null) {
            JsonObjectBuilder contingent =
                    JSON.createObjectBuilder().add("name", "Tickets").add("amount", draft.capacity());
            optionalId("price_list_id").ifPresent(id -> contingent.add("pricelistid", id));
            event.add("contingents", JSON.createArrayBuilder().add(contingent));
        }
        return read(call("POST", "/events", event.build()).json(NAME));
    }

    @Override
    public RemoteEvent fetch(String remoteId) throws ExternalException {
        return read(call("GET", "/events/" + encoded(remoteId), null).json(NAME));
    }

    @Override
    public RemoteEvent update(String remoteId, EventDraft draft) throws ExternalException {
        return read(call("PUT", "/events/" + encoded(remoteId), event(draft).build())
                .json(NAME));
    }

    @Override
    public RemoteEvent cancel(String remoteId) throws ExternalException {
        call("DELETE", "/events/" + encoded(remoteId), null);
        return new RemoteEvent(remoteId, RemoteStatus.CANCELLED, null, null);
    }

    /** The fields Koppel keeps up to date while the event is a draft. */
    private JsonObjectBuilder event(EventDraft draft) {
        ZoneId zone = ZoneId.of(config.get("time_zone"));
        return JSON.createObjectBuilder()
                .add("name", draft.name())
                .add("subtitle", draft.teamName())
                .add("startts", EVENT_TIME.format(draft.start().atZone(zone)))
                .add("endts", EVENT_TIME.format(draft.end().atZone(zone)))
                .add("externalcode", draft.sessionGroup().toString());
    }

    private Optional<Long> optionalId(String field) {
        String value = config.get(field);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(value));
    }

    /**
     * An event as Ticketmatic answers it: draft while its status is 19001, else published (active
     * or closed); sold is paid and unpaid tickets, available the free places, over its contingents.
     */
    static RemoteEvent read(JsonObject event) throws ExternalException {
        JsonValue id = event.get("id");
        if (!(id instanceof JsonNumber) && !(id instanceof JsonString)) {
            throw new ExternalException(Reason.REMOTE_ERROR, NAME + " answered an event without an id.");
        }
        String remoteId = id instanceof JsonNumber number ? number.toString() : event.getString("id");
        RemoteStatus status =
                event.getInt("currentstatus", DRAFT) == DRAFT ? RemoteStatus.DRAFT : RemoteStatus.PUBLISHED;
        Integer sold = null;
        Integer available = null;
        if (event.get("availability") instanceof JsonArray contingents) {
            sold = 0;
            available = 0;
            for (JsonObject contingent : contingents.getValuesAs(JsonObject.class)) {
                sold += contingent.getInt("sold_paid", 0) + contingent.getInt("sold_unpaid", 0);
                available += contingent.getInt("free", 0);
            }
        }
        return new RemoteEvent(remoteId, status, sold, available);
    }

    /** Ticketmatic's times: UTC, with a space or a T, with or without fractions of a second. */
    static Optional<Instant> parseTime(String text) {
        String iso = text.strip().replace(' ', 'T');
        if (iso.endsWith("Z")) {
            iso = iso.substring(0, iso.length() - 1);
        }
        try {
            return Optional.of(LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private ExternalHttp.Answer call(String method, String path, JsonObject body) throws ExternalException {
        HttpRequest.Builder request = HttpRequest.newBuilder()
                .header(
                        "Authorization",
                        authorization(
                                config.get("access_key"),
                                config.get("secret_key"),
                                config.get("account"),
                                clock.instant()))
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        ExternalHttp.Answer answer = http.send(NAME, request, URI.create(base + path));
        if (!answer.ok()) {
            throw ExternalHttp.failure(NAME, answer, answer.message("message"));
        }
        return answer;
    }

    private static String encoded(String remoteId) {
        return URLEncoder.encode(remoteId, StandardCharsets.UTF_8);
    }
}
