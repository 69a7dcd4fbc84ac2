package koppel.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import koppel.it.AtOnce;
import koppel.it.Deployments;
import koppel.it.api.Api.Reply;
import koppel.it.api.Fixtures.Key;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Integrators that write one resource from several threads at once: every answer is one the
 * contract names (never a 5xx), a replace is last-writer-wins, and an upsert creates exactly once;
 * many writers at once, each seeing only its own request; and a write that waits too long for a
 * row another transaction holds.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentWritesIT {

    private static final int PARALLEL = 8;

    private Api api;
    private String clients;
    private ExecutorService threads;

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @BeforeEach
    void aKeyWritingClients() {
        Key key =
                Fixtures.key(List.of(Fixtures.team()), Map.of("clients", "write"), b -> b.add("rate_per_second", 1000));
        api = key.api();
        clients = "/teams/" + key.team() + "/clients";
        threads = Executors.newFixedThreadPool(PARALLEL);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void parallelReplacesAllSucceedAndTheLastOneStays() throws Exception {
        for (int round = 0; round < 3; round++) {
            Reply created = api.post(clients, named("Start"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String client = clients + "/" + created.json().getString("id");

            List<Reply> answers = AtOnce.run(PARALLEL, i -> api.put(client, named("Writer " + i)));

            assertThat(answers)
                    .as(answers.toString())
                    .allSatisfy(reply -> assertThat(reply.status()).isEqualTo(200));
            String kept = api.get(client).json().getString("last_name");
            assertThat(answers.stream().map(reply -> reply.json().getString("last_name")))
                    .contains(kept);
        }
    }

    @Test
    void parallelUpsertsOfANewIdCreateItOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            String client = clients + "/" + UUID.randomUUID();

            List<Reply> answers = AtOnce.run(PARALLEL, i -> api.put(client, named("Upsert " + i)));

            assertThat(answers)
                    .as(answers.toString())
                    .filteredOn(reply -> reply.status() == 201)
                    .hasSize(1);
            assertThat(answers)
                    .as(answers.toString())
                    .filteredOn(reply -> reply.status() != 201)
                    .allSatisfy(reply -> assertThat(reply.status()).isEqualTo(200));
        }
        assertThat(api.get(clients).json().getInt("count")).isEqualTo(3);
    }

    @Test
    void parallelReplacesAndDeletesAnswerOnlyWhatTheContractNames() throws Exception {
        for (int round = 0; round < 5; round++) {
            Reply created = api.post(clients, named("Doomed"));
            String client = clients + "/" + created.json().getString("id");

            List<Reply> answers =
                    AtOnce.run(PARALLEL, i -> i % 2 == 0 ? api.put(client, named("Writer " + i)) : api.delete(client));

            assertThat(answers)
                    .as(answers.toString())
                    .allSatisfy(reply -> assertThat(reply.status()).isIn(200, 201, 204, 404));
            assertThat(answers).filteredOn(reply -> reply.status() == 204).isNotEmpty();
        }
    }

    /**
     * The resources are single instances shared by all requests: each request must still see its
     * own path, query, headers and body (Location, filters, If-Match), however many run at once.
     */
    @Test
    void parallelRequestsEachSeeTheirOwnRequest() throws Exception {
        for (int round = 0; round < 3; round++) {
            String name = "Own " + round + " " + UUID.randomUUID();

            List<Reply> answers = AtOnce.run(PARALLEL, i -> {
                Reply created = api.post(clients, named(name + " " + i));
                String id = created.json().getString("id");
                assertThat(created.header("Location"))
                        .hasValueSatisfying(location -> assertThat(location).endsWith(clients + "/" + id));
                Reply listed = api.get(clients + "?last_name=" + (name + " " + i).replace(" ", "%20"));
                assertThat(listed.results()).as(listed.toString()).hasSize(1);
                assertThat(listed.results().getJsonObject(0).getString("id")).isEqualTo(id);
                return api.put(
                        clients + "/" + id,
                        named(name + " " + i + " again"),
                        "If-Match",
                        created.header("ETag").orElseThrow());
            });

            for (int i = 0; i < PARALLEL; i++) {
                Reply replaced = answers.get(i);
                assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
                assertThat(replaced.json().getString("last_name")).isEqualTo(name + " " + i + " again");
            }
        }
    }

    /**
     * A write that waits for a row longer than the database allows (the tests give it 10 s, as
     * the operations guide advises) is a 503 with {@code Retry-After} that changed nothing, not a
     * 500; once the row is free, the same request passes.
     */
    @Test
    void aWriteThatWaitsTooLongForALockIsRefusedForNow() throws Exception {
        Reply created = api.post(clients, named("Held"));
        String id = created.json().getString("id");
        String client = clients + "/" + id;
        Future<JsonObject> holder =
                threads.submit(() -> Fixtures.call("POST", "/locks/clients/" + id + "?seconds=12", null));
        Instant deadline = Instant.now().plusSeconds(10);
        while (!Fixtures.call("GET", "/locks/clients/" + id, null).getBoolean("held")) {
            assertThat(Instant.now()).as("the fixture holds the lock").isBefore(deadline);
            TimeUnit.MILLISECONDS.sleep(50);
        }

        Reply waited = api.put(client, named("Too late"));

        assertThat(waited.status()).as(waited.toString()).isEqualTo(503);
        assertThat(waited.header("Retry-After")).contains("1");
        assertThat(waited.detail()).contains("Try again");
        holder.get(60, TimeUnit.SECONDS);
        assertThat(api.get(client).json().getString("last_name")).isEqualTo("Held");
        Reply again = api.put(client, named("In time"));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
    }

    private static JsonObject named(String lastName) {
        return Json.createObjectBuilder()
                .add("first_name", "Concurrent")
                .add("last_name", lastName)
                .build();
    }
}
