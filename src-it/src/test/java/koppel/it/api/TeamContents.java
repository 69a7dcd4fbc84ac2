package koppel.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import koppel.it.api.Api.Reply;
import koppel.it.api.Fixtures.Key;

/** A team with one resource of every collection, and what it holds, to show that nothing changed. */
final class TeamContents {

    private TeamContents() {}

    /** One resource of every collection in the key's team, by collection. */
    static Map<String, String> oneOfEach(Key key) {
        Api api = key.api();
        String base = "/teams/" + key.team();
        Map<String, String> ids = new java.util.HashMap<>();
        ids.put("clients", Fixtures.clients(key.team(), 1).get(0));
        ids.put(
                "staff",
                created(api, base + "/staff", Catalogue.person("Sam", "Staff").build()));
        ids.put(
                "products",
                created(
                        api,
                        base + "/products",
                        Catalogue.product("Voile", "Sailing", 8).build()));
        ids.put(
                "session-groups",
                created(
                        api,
                        base + "/session-groups",
                        Json.createObjectBuilder()
                                .add("product", ids.get("products"))
                                .build()));
        ids.put(
                "sessions",
                created(
                        api,
                        base + "/sessions",
                        Json.createObjectBuilder()
                                .add("session_group", ids.get("session-groups"))
                                .add("start", "2030-01-01T10:00:00Z")
                                .add("end", "2030-01-01T12:00:00Z")
                                .build()));
        ids.put(
                "orders",
                created(
                        api,
                        base + "/orders",
                        Json.createObjectBuilder()
                                .add("client", ids.get("clients"))
                                .build()));
        ids.put(
                "custom-fields",
                created(
                        api,
                        base + "/custom-fields",
                        Json.createObjectBuilder()
                                .add("name", "shoe_size")
                                .add("label", "Shoe size")
                                .add("resource_type", "clients")
                                .add("kind", "number")
                                .build()));
        return ids;
    }

    private static String created(Api api, String path, JsonObject body) {
        Reply reply = api.post(path, body);
        assertThat(reply.status()).as(path + " " + reply).isEqualTo(201);
        return reply.json().getString("id");
    }

    /** Everything the keys' teams hold, as the API lists it: a team, and the first page of each collection. */
    static JsonObject snapshot(Key... keys) {
        jakarta.json.JsonObjectBuilder all = Json.createObjectBuilder();
        for (Key key : keys) {
            String base = "/teams/" + key.team();
            all.add(base, key.api().get(base).json());
            for (String collection : HostileCorpus.TEXT_FIELD.keySet()) {
                all.add(
                        base + "/" + collection,
                        key.api().get(base + "/" + collection).json());
            }
        }
        return all.build();
    }
}
