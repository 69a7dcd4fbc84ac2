package koppel.it.ticketing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import koppel.it.api.Fixtures;

/** Ticketing links set up through the test fixtures, as an administrator would on the links page. */
public final class Links {

    private Links() {}

    /** A configured link of the provider serving the teams; its id. */
    public static String create(String provider, Map<String, String> configuration, List<String> teams) {
        JsonObjectBuilder config = Json.createObjectBuilder();
        configuration.forEach(config::add);
        JsonArrayBuilder served = Json.createArrayBuilder();
        teams.forEach(served::add);
        return Fixtures.call(
                        "POST",
                        "/ticketing-links",
                        Json.createObjectBuilder()
                                .add("name", Fixtures.unique("Link"))
                                .add("provider", provider)
                                .add("configuration", config)
                                .add("teams", served)
                                .build())
                .getString("id");
    }

    /** Presses Verify: {"passed": ..., "message": ...}. */
    public static JsonObject verify(String link) {
        return Fixtures.call("POST", "/ticketing-links/" + link + "/verify", null);
    }

    /** Presses Sync now. */
    public static void sync(String link) {
        Fixtures.call("POST", "/ticketing-links/" + link + "/sync", null);
    }

    /** The key acts for the link from now on. */
    public static void linkKey(String link, String key) {
        Fixtures.call("PUT", "/ticketing-links/" + link + "/keys/" + key, null);
    }

    /** The link's latest runs, newest first. */
    public static List<JsonObject> runs(String link) {
        return Fixtures.call("GET", "/ticketing-links/" + link + "/runs", null)
                .getJsonArray("runs")
                .getValuesAs(JsonObject.class);
    }
}
