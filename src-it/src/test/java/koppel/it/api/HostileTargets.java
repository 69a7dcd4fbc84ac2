package koppel.it.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The probes of {@link HostileCorpus} that are not about bodies: injection strings and odd values
 * in query strings, headers that some frameworks read as another method, and request targets and
 * headers the container parses before the application sees them.
 */
final class HostileTargets {

    private final HostileCorpus corpus;
    private final String team;

    HostileTargets(HostileCorpus corpus, String team) {
        this.corpus = corpus;
        this.team = team;
    }

    /** Injection strings and odd values in filters, ordering, paging and expand. */
    void queries(String collection, String path) {
        for (String hostile : HostileCorpus.INJECTIONS) {
            String q = URLEncoder.encode(hostile, StandardCharsets.UTF_8);
            for (String parameter : List.of("external_reference", "ordering", "last_modified__gt", "expand", q)) {
                corpus.probe(
                        collection + " ?" + parameter + "=" + hostile,
                        "GET",
                        path + "?" + parameter + "=" + q,
                        null,
                        HostileCorpus.Expect.ANSWERED);
            }
        }
        for (String query : List.of(
                "created__gt=0000-01-01T00:00:00Z",
                "created__gt=10000-01-01T00:00:00Z",
                "created__lt=%2B999999999-12-31T23:59:59Z",
                "limit=-1",
                "offset=99999999999999999999999",
                "ordering=-id,-id,-id",
                "ordering=" + "x".repeat(5000),
                "id=00000000-0000-0000-0000-000000000000")) {
            corpus.probe(collection + " ?" + query, "GET", path + "?" + query, null, HostileCorpus.Expect.ANSWERED);
        }
    }

    /** Headers some frameworks read as another method: none of them may turn a request into a DELETE. */
    void overrides(String collection, String path, String mine) {
        String one = path + "/" + mine;
        for (String header : List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override")) {
            corpus.probe(
                    collection + " GET with " + header,
                    "GET",
                    one,
                    null,
                    HostileCorpus.Expect.ANSWERED,
                    header + ": DELETE");
            corpus.probe(
                    collection + " POST with " + header,
                    "POST",
                    path,
                    "[]".getBytes(),
                    HostileCorpus.Expect.ANSWERED,
                    header + ": DELETE");
        }
        corpus.probe(
                collection + " _method=DELETE",
                "POST",
                one + "?_method=DELETE",
                "{}".getBytes(),
                HostileCorpus.Expect.ANSWERED);
    }

    /** Requests the container parses before the application sees them. */
    void container(String collection, String path, String mine) {
        String api = "/api/v1" + path;
        for (String target : List.of(
                api + "/..%2F..%2F..%2Fetc%2Fpasswd",
                api + "/%2e%2e/%2e%2e/",
                api + "/..;/..;/",
                api + "%2F" + mine,
                api + "/" + mine + "%00",
                "/api/v1/../v1" + path,
                "/api/v1/teams/" + team + "%2F" + path.substring(path.lastIndexOf('/') + 1))) {
            corpus.container(collection + " target " + target, "GET", target, List.of());
        }
        corpus.container(collection + " huge header", "GET", api, List.of("X-Filler: " + "a".repeat(64 * 1024)));
        corpus.container(collection + " CR in a header", "GET", api, List.of("X-Inject: a\rSet-Cookie: x=y"));
        corpus.container(collection + " NUL in a header", "GET", api, List.of("X-Inject: a\u0000b"));
        corpus.container(collection + " folded header", "GET", api, List.of("X-Folded: a", " continued"));
        corpus.container(collection + " Accept q=abc", "GET", api, List.of("Accept: */*;q=abc"));
        corpus.container(collection + " Accept q=2", "GET", api, List.of("Accept: application/json;q=0.5, */*;q=2"));
        corpus.container(
                collection + " Content-Type without a subtype", "POST", api, List.of("Content-Type: application"));
        corpus.container(collection + " Content-Type ;;=", "POST", api, List.of("Content-Type: application/json;;;="));
    }
}
