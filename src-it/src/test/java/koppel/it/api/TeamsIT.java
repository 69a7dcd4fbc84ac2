package koppel.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import koppel.it.Deployments;
import koppel.it.api.Api.Reply;
import koppel.it.api.Fixtures.Key;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Teams through the API: every key reads the teams it was granted, only {@code teams: write}
 * creates, renames and deletes them, and no two teams share a name (case and surrounding space
 * aside), not even when they are added at the same moment.
 */
@ExtendWith(ArquillianExtension.class)
class TeamsIT {

    private static final JsonObject TAKEN = Json.createObjectBuilder()
            .add("name", Json.createArrayBuilder().add("A team with this name already exists."))
            .build();

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void aKeyWithoutTeamsPermissionReadsItsTeamsButChangesNone() {
        String team = Fixtures.team();
        for (Map<String, String> permissions : List.of(Map.<String, String>of(), Map.of("teams", "read"))) {
            Key key = Fixtures.key(List.of(team), permissions);

            assertThat(key.api().get("/teams").status())
                    .as("list, %s", permissions)
                    .isEqualTo(200);
            assertThat(key.api().get("/teams/" + team).status())
                    .as("get, %s", permissions)
                    .isEqualTo(200);
            assertThat(key.api()
                            .post("/teams", named("Refused " + UUID.randomUUID()))
                            .status())
                    .as("create, %s", permissions)
                    .isEqualTo(403);
            assertThat(key.api()
                            .put("/teams/" + team, named("Renamed " + UUID.randomUUID()))
                            .status())
                    .as("rename, %s", permissions)
                    .isEqualTo(403);
            assertThat(key.api().delete("/teams/" + team).status())
                    .as("delete, %s", permissions)
                    .isEqualTo(403);
        }
        assertThat(writer(team).api().get("/teams/" + team).status())
                .as("still there")
                .isEqualTo(200);
    }

    @Test
    void teamsWriteCreatesRenamesAndDeletes() {
        Key key = writer(Fixtures.team());
        String name = "Created " + UUID.randomUUID();

        Reply created = key.api().post("/teams", named(name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getString("id");
        Reply renamed = key.api().put("/teams/" + id, named(name + " renamed"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().getString("name")).isEqualTo(name + " renamed");
        assertThat(key.api().delete("/teams/" + id).status()).isEqualTo(204);
    }

    @Test
    void aNameTakenWhateverItsCaseAndSpacesIsRefusedByField() {
        String name = "Stadsschouwburg " + UUID.randomUUID();
        Key key = writer(Fixtures.team(name));

        Reply again = key.api().post("/teams", named("  " + name.toUpperCase() + " "));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json()).isEqualTo(TAKEN);

        Reply other = key.api().post("/teams", named("Other " + UUID.randomUUID()));
        String otherId = other.json().getString("id");
        Reply renamed = key.api().put("/teams/" + otherId, named(name.toLowerCase()));
        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.json()).isEqualTo(TAKEN);

        Reply ownNameRecased = key.api().put("/teams/" + key.team(), named(name.toUpperCase()));
        assertThat(ownNameRecased.status()).as(ownNameRecased.toString()).isEqualTo(200);
        assertThat(ownNameRecased.json().getString("name")).isEqualTo(name.toUpperCase());
    }

    @Test
    void aTooLongNameIsRefusedNotCut() {
        Key key = writer(Fixtures.team());
        String tooLong = "T" + UUID.randomUUID() + "x".repeat(200);

        Reply reply = key.api().post("/teams", named(tooLong));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getJsonArray("name").getString(0)).isEqualTo("A team name has 1 to 200 characters.");
        assertThat(key.api().get("/teams").json().getInt("count"))
                .as("nothing saved")
                .isEqualTo(1);
    }

    @Test
    void ofParallelAddsOfOneNameExactlyOneWins() throws Exception {
        int parallel = 8;
        Key key = writer(Fixtures.team(), 1000);
        ExecutorService threads = Executors.newFixedThreadPool(parallel);
        try {
            for (int round = 0; round < 5; round++) {
                String name = "Race " + UUID.randomUUID();
                CyclicBarrier start = new CyclicBarrier(parallel);
                List<Future<Reply>> replies = new ArrayList<>();
                for (int i = 0; i < parallel; i++) {
                    replies.add(threads.submit(() -> {
                        start.await();
                        return key.api().post("/teams", named(name));
                    }));
                }
                List<Reply> answers = new ArrayList<>();
                for (Future<Reply> reply : replies) {
                    answers.add(reply.get());
                }
                assertThat(answers)
                        .as(answers.toString())
                        .filteredOn(reply -> reply.status() == 201)
                        .hasSize(1);
                assertThat(answers)
                        .filteredOn(reply -> reply.status() != 201)
                        .hasSize(parallel - 1)
                        .allSatisfy(reply -> {
                            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
                            assertThat(reply.json()).isEqualTo(TAKEN);
                        });
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static Key writer(String team) {
        return writer(team, 50);
    }

    private static Key writer(String team, int ratePerSecond) {
        return Fixtures.key(
                List.of(team), Map.of("teams", "write"), body -> body.add("rate_per_second", ratePerSecond));
    }

    private static JsonObject named(String name) {
        return Json.createObjectBuilder().add("name", name).build();
    }
}
