package koppel.it.scale;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import koppel.it.api.Api;
import koppel.it.api.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A key changed on one node is refused by every node within a second: deleted, rolled without
 * grace, or whose user is disabled. Each node has first answered the key, so it holds it cached.
 */
class CrossNodeKeysIT {

    private static final Duration WITHIN = Duration.ofSeconds(1);

    @Test
    void aDeletedKeyIsRefusedOnEveryNode() {
        Fixtures.Key key = newKey();
        servedEverywhere(key.secret(), key.team());

        Fixtures.delete(key);

        refusedEverywhereWithin(key.secret(), key.team());
    }

    @Test
    void aRolledKeyIsRefusedOnEveryNodeAndItsSuccessorServed() {
        Fixtures.Key key = newKey();
        servedEverywhere(key.secret(), key.team());

        Fixtures.Key rolled = Fixtures.roll(key, Duration.ZERO);

        refusedEverywhereWithin(key.secret(), key.team());
        servedEverywhere(rolled.secret(), key.team());
    }

    @Test
    void theKeyOfADisabledUserIsRefusedOnEveryNode() {
        String team = Fixtures.team();
        JsonObject issued = Fixtures.call(
                "POST",
                "/keys",
                Json.createObjectBuilder()
                        .add("teams", Json.createArrayBuilder().add(team))
                        .add("permissions", Json.createObjectBuilder().add("clients", "read"))
                        .build());
        String secret = issued.getString("key");
        servedEverywhere(secret, team);

        Fixtures.disable(issued.getString("user"));

        refusedEverywhereWithin(secret, team);
    }

    /**
     * A key whose per-second limit the polling cannot reach: a rolled key keeps its id and so its
     * limit, and the requests that polled the old secret until it was refused would otherwise leave
     * the successor a 429 within the same second.
     */
    private static Fixtures.Key newKey() {
        return Fixtures.key(
                List.of(Fixtures.team()),
                Map.of("clients", "read"),
                b -> b.add("rate_per_second", 10_000).add("rate_per_day", 1_000_000));
    }

    private static void servedEverywhere(String secret, String team) {
        for (String node : Nodes.all()) {
            assertThat(clients(node, secret, team).status()).as(node).isEqualTo(200);
        }
    }

    /** Polls each node until it answers 401, failing when one still serves the key after the deadline. */
    private static void refusedEverywhereWithin(String secret, String team) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        for (String node : Nodes.all()) {
            int status = clients(node, secret, team).status();
            while (status != 401 && System.nanoTime() < deadline) {
                status = clients(node, secret, team).status();
            }
            assertThat(status).as("%s %s after the change", node, WITHIN).isEqualTo(401);
        }
    }

    private static Api.Reply clients(String node, String secret, String team) {
        return Api.withKey(secret).get(Nodes.api(node, "/teams/" + team + "/clients"));
    }
}
