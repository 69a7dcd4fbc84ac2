package koppel.it.api;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import koppel.it.api.Fixtures.Key;

/**
 * The first hostile corpus of {@link HostileRequestsIT}, on clients only, with the exact status
 * each request must get: broken JSON, wrong types, values too long, injections in filters, ids
 * that are not ids, another team's data, dead keys, other media types and methods.
 */
final class ClientAttacks {

    private static final List<String> INJECTIONS = HostileRequestsIT.INJECTIONS;

    private static final List<String> TEXT_FIELDS = List.of(
            "first_name",
            "last_name",
            "email",
            "phone_number",
            "language",
            "note",
            "street",
            "city",
            "postal_code",
            "state",
            "country",
            "external_reference");

    /** A request of the corpus and the status it must get. */
    record Attack(String name, Api api, String method, String path, String body, String contentType, int status) {}

    static List<Attack> corpus(
            Key key, Key expired, Key deleted, String team, String otherTeam, String mine, String theirs) {
        Api api = key.api();
        String clients = "/teams/" + team + "/clients";
        String one = clients + "/" + mine;
        List<Attack> corpus = new ArrayList<>();

        // Broken JSON.
        for (String broken : List.of(
                "{",
                "}",
                "{\"first_name\": }",
                "{'first_name': 'x'}",
                "[]",
                "[{}]",
                "\"text\"",
                "42",
                "null",
                "{\"a\":1}{\"b\":2}",
                "{\"first_name\": \"x\"",
                "\u00ff\u00fe{}",
                "{\"first_name\": \"\\ud800\"}")) {
            corpus.add(new Attack("broken JSON " + broken, api, "POST", clients, broken, "application/json", 400));
        }
        // Wrong types in every field.
        for (String field : TEXT_FIELDS) {
            for (JsonValue wrong : List.of(
                    JsonValue.TRUE,
                    Json.createArrayBuilder().add(1).build(),
                    Json.createObjectBuilder().build())) {
                String body = valid().add(field, wrong).build().toString();
                corpus.add(new Attack(field + " as " + wrong, api, "POST", clients, body, "application/json", 400));
            }
        }
        corpus.add(new Attack(
                "birth date as number",
                api,
                "POST",
                clients,
                valid().add("birth_date", 19750522).build().toString(),
                "application/json",
                400));
        corpus.add(new Attack(
                "custom data as list",
                api,
                "POST",
                clients,
                valid().add("custom_data", Json.createArrayBuilder()).build().toString(),
                "application/json",
                400));
        // Too long, too big, not allowed by the rules.
        for (String field : List.of(
                "first_name", "last_name", "email", "note", "street", "city", "postal_code", "external_reference")) {
            corpus.add(new Attack(
                    field + " too long",
                    api,
                    "PUT",
                    one,
                    valid().add(field, "x".repeat(6000)).build().toString(),
                    "application/json",
                    400));
        }
        corpus.add(new Attack(
                "2 MiB body",
                api,
                "POST",
                clients,
                "{\"note\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}",
                "application/json",
                413));
        corpus.add(new Attack(
                "birth date in the future",
                api,
                "PUT",
                one,
                valid().add("birth_date", "2999-01-01").build().toString(),
                "application/json",
                400));
        // Injection strings in typed filters, ordering and paging.
        for (String hostile : INJECTIONS) {
            String q = encode(hostile);
            for (String parameter :
                    List.of("birth_date__gt", "created__lte", "id", "limit", "offset", "ordering", hostile)) {
                String name = parameter.equals(hostile) ? q : parameter;
                corpus.add(new Attack(
                        "filter " + parameter + "=" + hostile,
                        api,
                        "GET",
                        clients + "?" + name + "=" + q,
                        null,
                        null,
                        400));
            }
            corpus.add(new Attack("expand " + hostile, api, "GET", clients + "?expand=" + q, null, null, 400));
        }
        // Ids that are not ids.
        for (String bad : List.of(
                "not-a-uuid", "1", "00000000-0000-0000-0000-00000000000g", "1-1-1-1-1", "%27%20OR%201%3D1", "%20")) {
            for (String method : List.of("GET", "PUT", "DELETE")) {
                String body = method.equals("PUT") ? valid().build().toString() : null;
                corpus.add(new Attack(
                        method + " id " + bad, api, method, clients + "/" + bad, body, "application/json", 404));
            }
            corpus.add(new Attack("team id " + bad, api, "GET", "/teams/" + bad + "/clients", null, null, 404));
        }
        // Another team's data, through its path or through ours.
        String theirClients = "/teams/" + otherTeam + "/clients";
        corpus.add(new Attack("their list", api, "GET", theirClients, null, null, 403));
        corpus.add(new Attack("their client", api, "GET", theirClients + "/" + theirs, null, null, 403));
        corpus.add(new Attack("their client via our team", api, "GET", clients + "/" + theirs, null, null, 403));
        corpus.add(new Attack(
                "overwrite theirs via our team",
                api,
                "PUT",
                clients + "/" + theirs,
                valid().build().toString(),
                "application/json",
                403));
        corpus.add(new Attack("delete theirs via our team", api, "DELETE", clients + "/" + theirs, null, null, 403));
        corpus.add(new Attack(
                "create in their team",
                api,
                "POST",
                theirClients,
                valid().build().toString(),
                "application/json",
                403));
        corpus.add(new Attack(
                "rename their team",
                api,
                "PUT",
                "/teams/" + otherTeam,
                "{\"name\": \"Mine now\"}",
                "application/json",
                403));
        corpus.add(new Attack("delete their team", api, "DELETE", "/teams/" + otherTeam, null, null, 403));
        // Keys that are no longer keys.
        for (Key dead : List.of(expired, deleted)) {
            corpus.add(new Attack("dead key GET", dead.api(), "GET", clients, null, null, 401));
            corpus.add(new Attack(
                    "dead key POST",
                    dead.api(),
                    "POST",
                    clients,
                    valid().build().toString(),
                    "application/json",
                    401));
        }
        corpus.add(new Attack(
                "no key", Api.anonymous(), "POST", clients, valid().build().toString(), "application/json", 401));
        corpus.add(new Attack("forged key", Api.withKey("kop_" + "A".repeat(32)), "DELETE", one, null, null, 401));
        // Not JSON, not allowed.
        for (String type : List.of(
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x")) {
            corpus.add(new Attack("content type " + type, api, "POST", clients, "first_name=x", type, 415));
        }
        for (String method : List.of("PATCH", "PUT", "POST")) {
            String path = method.equals("POST") ? one : clients;
            corpus.add(new Attack("method " + method, api, method, path, "{}", "application/json", 405));
        }
        return corpus;
    }

    static jakarta.json.JsonObjectBuilder valid() {
        return Json.createObjectBuilder().add("first_name", "Valid").add("last_name", "Client");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private ClientAttacks() {}
}
