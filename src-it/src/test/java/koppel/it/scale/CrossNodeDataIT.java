package koppel.it.scale;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import koppel.it.api.Api;
import koppel.it.api.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What one node writes, the other reads at once: data, and the first answer to an Idempotency-Key. */
class CrossNodeDataIT {

    private Fixtures.Key key;
    private String clients;

    @BeforeEach
    void key() {
        key = Fixtures.key(List.of(Fixtures.team()), Map.of("clients", "write"), b -> b.add("rate_per_second", 1000));
        clients = "/teams/" + key.team() + "/clients";
    }

    @Test
    void aReadOnOneNodeRightAfterAWriteOnTheOtherSeesTheWrite() {
        List<String> nodes = Nodes.all();
        Api.Reply created = key.api().post(Nodes.api(nodes.get(0), clients), client("Ada"));
        assertThat(created.status()).isEqualTo(201);
        String client = clients + "/" + created.json().getString("id");

        for (int round = 0; round < 40; round++) {
            String writer = nodes.get(round % 2);
            String reader = nodes.get((round + 1) % 2);
            String name = "Ada " + round;
            Api.Reply read = key.api().get(Nodes.api(reader, client));
            Api.Reply written = key.api()
                    .put(
                            Nodes.api(writer, client),
                            client(name),
                            "If-Match",
                            read.header("ETag").orElseThrow());
            assertThat(written.status()).as("PUT on %s", writer).isEqualTo(200);

            Api.Reply after = key.api().get(Nodes.api(reader, client));

            assertThat(after.json().getString("first_name"))
                    .as("read on %s", reader)
                    .isEqualTo(name);
            assertThat(after.header("ETag")).isEqualTo(written.header("ETag"));
        }
    }

    @Test
    void anIdempotencyKeyUsedOnOneNodeReplaysOnTheOther() {
        List<String> nodes = Nodes.all();
        String idempotencyKey = UUID.randomUUID().toString();
        String body = client("Grace").toString();

        Api.Reply first = key.api()
                .send(
                        "POST",
                        Nodes.api(nodes.get(0), clients),
                        body,
                        "application/json",
                        "Idempotency-Key",
                        idempotencyKey);
        Api.Reply again = key.api()
                .send(
                        "POST",
                        Nodes.api(nodes.get(1), clients),
                        body,
                        "application/json",
                        "Idempotency-Key",
                        idempotencyKey);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(key.api().get(Nodes.api(nodes.get(1), clients)).json().getInt("count"))
                .isEqualTo(1);
    }

    private static JsonObject client(String firstName) {
        return Json.createObjectBuilder()
                .add("first_name", firstName)
                .add("last_name", "Lovelace")
                .build();
    }
}
