package koppel.it.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import koppel.it.api.Api;
import koppel.it.api.Fixtures;
import koppel.it.webhook.Receiver;
import koppel.it.webhook.WebhookSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults under load: a node killed with {@code kill -9}, the broker stopped, the database stopped.
 * No acknowledged write is lost, the event of every acknowledged write reaches the receiver, and
 * everything resumes with no manual step. Each test puts the topology back as it found it.
 */
class CrossNodeFaultsIT {

    private static final Duration EVENTS_DEADLINE = Duration.ofMinutes(3);
    private static final Duration REJOIN_DEADLINE = Duration.ofMinutes(4);

    private Fixtures.Key key;
    private WebhookSetup setup;

    @BeforeEach
    void key() {
        key = Fixtures.key(
                List.of(Fixtures.team()),
                Map.of("clients", "write", "webhooks", "write"),
                b -> b.add("rate_per_second", 10_000).add("rate_per_day", 1_000_000));
        setup = WebhookSetup.forKey(key);
    }

    @Test
    void aNodeKilledUnderLoadLosesNoAcknowledgedWriteAndNoEvent() throws Exception {
        try (Receiver receiver = Receiver.start()) {
            setup.fleet(receiver, 1);
            Instant settled;
            List<String> written;
            try (Load load = Load.start(key, 4)) {
                load.awaitAcknowledged(50);
                Topology.server("kill-node", "node-a");
                settled = Instant.now().plusSeconds(5);
                load.runUntil(settled.plusSeconds(10));
                load.close();
                written = load.acknowledged();
                assertThat(load.answersSince(settled))
                        .as("answers once the balancer saw node-a gone")
                        .isNotEmpty()
                        .allSatisfy(answer -> assertThat(answer)
                                .extracting(Load.Answer::status, Load.Answer::node)
                                .containsExactly(201, "node-b"));
            }

            for (String client : written) {
                assertThat(key.api()
                                .get("/teams/" + key.team() + "/clients/" + client)
                                .status())
                        .as("acknowledged client %s", client)
                        .isEqualTo(200);
            }
            awaitEvents(receiver, written);
        } finally {
            Topology.server("restart-node", "node-a");
        }
        awaitAnswerFrom("node-a");
    }

    @Test
    void deliveriesResumeAfterTheBrokerWasStopped() throws Exception {
        try (Receiver receiver = Receiver.start()) {
            setup.fleet(receiver, 1);
            List<String> written;
            try (Load load = Load.start(key, 2)) {
                load.awaitAcknowledged(20);
                Topology.server("broker", "stop");
                try {
                    // writes meanwhile wait for the adapter's reconnect attempts and may fail: those
                    // are not acknowledged, so no event is owed for them
                    load.runUntil(Instant.now().plusSeconds(15));
                } finally {
                    Topology.server("broker", "start");
                }
                load.awaitAcknowledged(load.acknowledgedCount() + 40);
                load.close();
                written = load.acknowledged();
            }
            awaitEvents(receiver, written);
        }
    }

    @Test
    void whileTheDatabaseIsDownTheAnswerIs503AndAfterwardsAllWorks() throws Exception {
        String clients = "/teams/" + key.team() + "/clients";
        assertThat(key.api().get(clients).status()).isEqualTo(200);
        Topology.postgres("stop");
        try {
            Api.Reply down = awaitStatus(clients, 503);
            assertThat(down.json().getString("detail")).isNotBlank();
        } finally {
            Topology.postgres("start");
        }
        awaitStatus(clients, 200);
    }

    /** Polls until the receiver heard of every one of these clients' creation. */
    private static void awaitEvents(Receiver receiver, List<String> clients) throws InterruptedException {
        long deadline = System.nanoTime() + EVENTS_DEADLINE.toNanos();
        Set<String> missing = new HashSet<>(clients);
        while (!missing.isEmpty() && System.nanoTime() < deadline) {
            missing.removeAll(receiver.all().stream()
                    .map(arrival -> arrival.json().getJsonObject("resource").getString("id"))
                    .collect(Collectors.toSet()));
            Thread.sleep(200);
        }
        assertThat(missing)
                .as("clients whose event did not arrive within %s", EVENTS_DEADLINE)
                .isEmpty();
    }

    private Api.Reply awaitStatus(String path, int status) throws InterruptedException {
        long deadline = System.nanoTime() + REJOIN_DEADLINE.toNanos();
        Api.Reply reply = get(path);
        while (reply == null || reply.status() != status) {
            assertThat(System.nanoTime())
                    .as("%s answered %s in time; last: %s", path, status, reply)
                    .isLessThan(deadline);
            Thread.sleep(200);
            reply = get(path);
        }
        return reply;
    }

    private Api.Reply get(String path) {
        try {
            return key.api().get(path);
        } catch (RuntimeException connectionFailed) {
            return null;
        }
    }

    /** Polls the balancer until a node answers again (restarted, it rejoins with no manual step). */
    private void awaitAnswerFrom(String node) throws InterruptedException {
        long deadline = System.nanoTime() + REJOIN_DEADLINE.toNanos();
        while (!node.equals(nodeOf(get("/teams/" + key.team() + "/clients")))) {
            assertThat(System.nanoTime())
                    .as("%s back within %s", node, REJOIN_DEADLINE)
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static String nodeOf(Api.Reply reply) {
        return reply == null ? "" : reply.header("X-Koppel-Node").orElse("");
    }
}
