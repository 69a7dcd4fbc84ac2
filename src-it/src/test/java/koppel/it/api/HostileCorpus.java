package koppel.it.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * The requests {@link HostileRequestsIT} sends: every kind of malformed body on POST and PUT of
 * every collection and of teams, rule-breaking values, foreign ids, odd charsets and encodings;
 * and through {@link HostileTargets} injection strings in filters and {@code ordering}, method
 * overrides, and requests the container sees first (encoded slashes, traversal, huge and injected
 * headers). Built in code from a few lists, so that one more attack is one more line.
 */
final class HostileCorpus {

    /** What an answer to a probe must be, beyond never a 5xx and never changing anything. */
    enum Expect {
        /** 400 with a JSON body. */
        BAD_REQUEST,
        /** 413 with a JSON body. */
        TOO_LARGE,
        /** 415 with a JSON body. */
        UNSUPPORTED,
        /** Any status below 500, with a JSON body (a GET may find nothing wrong). */
        ANSWERED,
        /**
         * Any status below 500, or a closed connection: the container answers these before the
         * application. Its error pages are HTML until h-http's branch makes every error under /api
         * JSON; then these can expect ANSWERED.
         */
        CONTAINER
    }

    record Probe(RawRequest request, Expect expect) {}

    /** The collections of a team: path, a field of text each has, the deepest JSON they accept. */
    static final Map<String, String> TEXT_FIELD = Map.of(
            "clients", "note",
            "staff", "position",
            "products", "title",
            "session-groups", "title",
            "sessions", "location",
            "orders", "note",
            "custom-fields", "label");

    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1",
            "1; DROP TABLE clients; --",
            "\" OR \"\"=\"",
            "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1:1389/a}",
            "#{7*7}",
            "../../etc/passwd",
            "%00",
            "\u0000",
            "' UNION SELECT digest FROM api_keys --",
            "created) desc; --");

    private final RawRequest.As as;
    private final String team;
    private final String otherTeam;
    private final Map<String, String> mine;
    private final Map<String, String> theirs;
    private final List<Probe> probes = new ArrayList<>();

    /**
     * @param mine an existing resource id of our team per collection
     * @param theirs an existing resource id of the other team per collection
     */
    HostileCorpus(String key, String team, String otherTeam, Map<String, String> mine, Map<String, String> theirs) {
        this.as = new RawRequest.As(key);
        this.team = team;
        this.otherTeam = otherTeam;
        this.mine = mine;
        this.theirs = theirs;
    }

    List<Probe> build() {
        HostileTargets targets = new HostileTargets(this, team);
        TEXT_FIELD.forEach((collection, field) -> {
            String path = "/teams/" + team + "/" + collection;
            bodies(collection, "POST", path, field);
            bodies(collection, "PUT", path + "/" + mine.get(collection), field);
            ids(collection, path);
            targets.queries(collection, path);
            targets.overrides(collection, path, mine.get(collection));
            targets.container(collection, path, mine.get(collection));
        });
        bodies("teams", "POST", "/teams", "name");
        bodies("teams", "PUT", "/teams/" + team, "name");
        rules();
        return List.copyOf(probes);
    }

    /** Bodies no collection may take, whatever its fields. */
    private void bodies(String collection, String method, String path, String field) {
        String at = method + " " + collection + ": ";
        String deep = "[".repeat(999) + "]".repeat(999);
        bad(at + "65 levels in an unknown key", method, path, "{\"x\": " + "[".repeat(64) + "]".repeat(64) + "}");
        bad(at + "999 levels in custom_data", method, path, "{\"custom_data\": {\"a\": " + deep + "}}");
        bad(at + "999 levels in " + field, method, path, "{\"" + field + "\": " + deep + "}");
        bad(at + "65 objects deep", method, path, "{\"a\":".repeat(65) + "1" + "}".repeat(65));
        bad(at + "50000 levels, unterminated", method, path, "{\"x\": " + "[".repeat(50_000));
        bad(at + "a key twice", method, path, "{\"" + field + "\": \"a\", \"" + field + "\": \"b\"}");
        bad(at + "a key twice in custom_data", method, path, "{\"custom_data\": {\"k\": 1, \"k\": 2}}");
        for (byte[] invalid : List.of(
                new byte[] {(byte) 0xff},
                new byte[] {(byte) 0xc0, (byte) 0xaf},
                new byte[] {(byte) 0xe0, (byte) 0x80, (byte) 0xaf},
                new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xc3})) {
            probe(
                    at + "bytes " + java.util.HexFormat.of().formatHex(invalid),
                    method,
                    path,
                    concat(("{\"" + field + "\": \"x").getBytes(StandardCharsets.UTF_8), invalid, "\"}".getBytes()),
                    Expect.BAD_REQUEST);
        }
        bad(at + "escaped NUL", method, path, "{\"external_reference\": \"a\\u0000b\"}");
        bad(at + "raw NUL in a string", method, path, "{\"external_reference\": \"a\u0000b\"}");
        bad(at + "raw NUL outside strings", method, path, "{\u0000}");
        bad(at + "lone surrogate", method, path, "{\"external_reference\": \"\\ud800\"}");
        bad(at + "900,000 characters", method, path, "{\"external_reference\": \"" + "x".repeat(900_000) + "\"}");
        probe(at + "2 MiB", method, path, ("{\"note\": \"" + "x".repeat(2 << 20) + "\"}").getBytes(), Expect.TOO_LARGE);
        for (String notAnObject :
                List.of("[]", "\"x\"", "null", "1", "true", "{", "{} x", "{/*c*/}", "{'a': 1}", "{\"a\": NaN}")) {
            bad(at + "not one object: " + notAnObject, method, path, notAnObject);
        }
        probe(at + "empty body", method, path, new byte[0], Expect.ANSWERED);
        bad(at + "byte order mark", method, path, "\ufeff{}");
        bad(at + "1e999999999 as text", method, path, "{\"external_reference\": 1e999999999}");
        bad(at + "1e99999999999", method, path, "{\"external_reference\": 1e99999999999}");
        bad(at + "a number of 2000 digits", method, path, "{\"custom_data\": {\"n\": " + "9".repeat(2000) + "}}");
        for (String wrong : List.of("1", "true", "{}", "[\"a\"]")) {
            bad(at + "external_reference " + wrong, method, path, "{\"external_reference\": " + wrong + "}");
        }
        for (String wrong : List.of("[]", "\"x\"", "1")) {
            bad(at + "custom_data " + wrong, method, path, "{\"custom_data\": " + wrong + "}");
        }
        byte[] json = "{\"external_reference\": \"x\"}".getBytes(StandardCharsets.UTF_8);
        for (String type : List.of(
                "application/json; charset=latin1",
                "application/json; charset=utf-16",
                "application/json; charset=x-klingon",
                "text/plain",
                "application/xml")) {
            probes.add(new Probe(
                    as.request(at + type, method, "/api/v1" + path, List.of("Content-Type: " + type), json),
                    Expect.UNSUPPORTED));
        }
        for (String encoding : List.of("gzip", "br", "deflate", "identity, gzip")) {
            probe(
                    at + "Content-Encoding " + encoding,
                    method,
                    path,
                    gzip(json),
                    Expect.UNSUPPORTED,
                    "Content-Encoding: " + encoding);
        }
    }

    /** Ids a PUT may not choose, and other teams' resources. */
    private void ids(String collection, String path) {
        String body = "{\"external_reference\": \"x\"}";
        for (String id : List.of(
                "00000000-0000-0000-0000-000000000000",
                "c232ab00-9414-11ec-b3c8-9f6bdeced846",
                UUID.nameUUIDFromBytes(collection.getBytes()).toString(),
                "0190163d-8694-739b-aea5-966c26f8ad91",
                "ffffffff-ffff-ffff-ffff-ffffffffffff")) {
            bad("PUT " + collection + " id " + id, "PUT", path + "/" + id, body);
        }
        String their = theirs.get(collection);
        String theirPath = "/teams/" + otherTeam + "/" + collection;
        for (String[] attempt : new String[][] {
            {"GET", path + "/" + their}, {"DELETE", path + "/" + their}, {"PUT", path + "/" + their},
            {"GET", theirPath + "/" + their}, {"DELETE", theirPath + "/" + their}, {"POST", theirPath}
        }) {
            probe(
                    collection + " foreign " + attempt[0] + " " + attempt[1],
                    attempt[0],
                    attempt[1],
                    attempt[0].equals("GET") || attempt[0].equals("DELETE") ? null : body.getBytes(),
                    Expect.ANSWERED);
        }
    }

    /** Values each collection's rules refuse. */
    private void rules() {
        String base = "/teams/" + team;
        bad(
                "client of year 0",
                "POST",
                base + "/clients",
                "{\"first_name\": \"A\", \"last_name\": \"B\", \"birth_date\": \"0000-01-01\"}");
        bad(
                "client of year 10000",
                "POST",
                base + "/clients",
                "{\"first_name\": \"A\", \"last_name\": \"B\", \"birth_date\": \"+10000-01-01\"}");
        bad(
                "client of every mistake",
                "POST",
                base + "/clients",
                "{\"first_name\": 123, \"last_name\": null, \"email\": \"nope\"}");
        String group = mine.get("session-groups");
        bad(
                "session ending before it starts",
                "POST",
                base + "/sessions",
                "{\"session_group\": \"" + group
                        + "\", \"start\": \"2030-01-01T12:00:00Z\", \"end\": \"2030-01-01T10:00:00Z\"}");
        bad(
                "session in year 0",
                "POST",
                base + "/sessions",
                "{\"session_group\": \"" + group
                        + "\", \"start\": \"0000-01-01T10:00:00Z\", \"end\": \"2030-01-01T10:00:00Z\"}");
        bad(
                "session ending in year 10000 in UTC",
                "POST",
                base + "/sessions",
                "{\"session_group\": \"" + group
                        + "\", \"start\": \"2030-01-01T10:00:00Z\", \"end\": \"9999-12-31T23:00:00-05:00\"}");
        bad(
                "negative item price",
                "POST",
                base + "/orders",
                "{\"client\": \"" + mine.get("clients")
                        + "\", \"items\": [{\"type\": \"voucher\", \"price\": \"-0.01\", \"voucher\": {\"product\": \""
                        + mine.get("products") + "\"}}]}");
        bad(
                "negative product price",
                "POST",
                base + "/products",
                "{\"title\": \"x\", \"sessions\": {\"standard_price\": {\"tax_excluded\": \"-1\", \"tax_included\": \"1\"}}}");
        for (String maximum : List.of("-1", "0", "2147483648", "1e10", "1.5")) {
            bad(
                    "maximum_participants " + maximum,
                    "POST",
                    base + "/session-groups",
                    "{\"product\": \"" + mine.get("products") + "\", \"maximum_participants\": " + maximum + "}");
        }
        bad(
                "select without options",
                "POST",
                base + "/custom-fields",
                "{\"name\": \"tier\", \"label\": \"Tier\", \"resource_type\": \"clients\", \"kind\": \"select\"}");
    }

    private void bad(String name, String method, String path, String body) {
        probe(name, method, path, body.getBytes(StandardCharsets.UTF_8), Expect.BAD_REQUEST);
    }

    void probe(String name, String method, String path, byte[] body, Expect expect, String... headers) {
        probes.add(new Probe(as.json(name, method, path, body, headers), expect));
    }

    void container(String name, String method, String target, List<String> headers) {
        probes.add(new Probe(as.request(name, method, target, headers, null), Expect.CONTAINER));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
            out.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zipped.toByteArray();
    }
}
