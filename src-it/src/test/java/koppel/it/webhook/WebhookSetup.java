package koppel.it.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import koppel.it.api.Api.Reply;
import koppel.it.api.Fixtures;

/**
 * Webhook set-ups for the benchmarks: a team with a key whose throttle is out of the way, fleets
 * of endpoints posting to a receiver, and changes (new clients) made in bulk.
 */
public final class WebhookSetup {

    private final Hooks hooks;
    private final String integration;
    private final AtomicInteger counter = new AtomicInteger();

    private WebhookSetup(Hooks hooks) {
        this.hooks = hooks;
        this.integration = hooks.integration();
    }

    /** Set-ups with an existing key, which may write clients and webhooks. */
    public static WebhookSetup forKey(Fixtures.Key key) {
        return new WebhookSetup(new Hooks(key));
    }

    public static WebhookSetup forBenchmark() {
        return new WebhookSetup(new Hooks(Fixtures.key(
                List.of(Fixtures.team()),
                Hooks.PERMISSIONS,
                b -> b.add("rate_per_second", 1_000_000).add("rate_per_day", 100_000_000))));
    }

    /** Endpoints of this team hearing of new clients, each on a path of its own; earlier ones are deleted. */
    public Fleet fleet(Receiver receiver, int size) {
        return fleet(receiver, size, "client.created");
    }

    /** Endpoints of this team hearing of one event type, each on a path of its own; earlier ones are deleted. */
    public Fleet fleet(Receiver receiver, int size, String eventType) {
        for (JsonObject old :
                hooks.api.get(hooks.endpoints() + "?limit=100").results().getValuesAs(JsonObject.class)) {
            hooks.api.delete(hooks.endpoints() + "/" + old.getString("id"));
        }
        List<String> ids = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String path = receiver.newPath();
            paths.add(path);
            ids.add(hooks.endpoint(integration, receiver.url(path), List.of(eventType), true)
                    .getString("id"));
        }
        return new Fleet(receiver, ids, paths, eventType);
    }

    /** One change: a new client; the answer comes after the commit. */
    public Reply change() {
        Reply created = hooks.api.post(
                "/teams/" + hooks.team + "/clients",
                Json.createObjectBuilder()
                        .add("first_name", "Bench")
                        .add("last_name", "Client " + counter.incrementAndGet())
                        .build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    /** Many changes, from several threads at once. */
    public void changes(int count, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Reply>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                sent.add(pool.submit(this::change));
            }
            for (Future<Reply> reply : sent) {
                reply.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Deliveries per second of a backlog: changes are made while the endpoints are off, then a
     * recovery queues them all at once; the clock runs from the recovery to the last arrival.
     */
    public double backlogThroughput(Receiver receiver, int endpoints, int deliveries) throws Exception {
        Fleet fleet = fleet(receiver, endpoints);
        Instant since = Instant.now().minusSeconds(1);
        fleet.enable(false);
        changes(deliveries / endpoints, 8);
        awaitFanOuts(receiver);
        fleet.enable(true);
        long start = System.nanoTime();
        fleet.recover(since);
        fleet.await(deliveries, Duration.ofMinutes(10));
        double rate = deliveries / ((System.nanoTime() - start) / 1e9);
        fleet.awaitRecorded(Duration.ofMinutes(5));
        return rate;
    }

    /**
     * Waits until the events of the changes made so far have been fanned out (their fan-out
     * messages are queued in order): a marker endpoint hears of one client's update, an event
     * made after them. The clock of a backlog then times its deliveries alone.
     */
    private void awaitFanOuts(Receiver receiver) {
        String path = receiver.newPath();
        String marker = hooks.endpoint(integration, receiver.url(path), List.of("client.updated"), true)
                .getString("id");
        String client = change().json().getString("id");
        Reply updated = hooks.api.put(
                "/teams/" + hooks.team + "/clients/" + client,
                Json.createObjectBuilder()
                        .add("first_name", "Bench")
                        .add("last_name", "Marker")
                        .build());
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        receiver.awaitType(path, "client.updated", Duration.ofMinutes(5));
        hooks.api.delete(hooks.endpoints() + "/" + marker);
    }

    /** Endpoints posting to paths of one receiver. */
    public final class Fleet {

        private final Receiver receiver;
        private final List<String> ids;
        private final List<String> paths;
        private final String eventType;

        private Fleet(Receiver receiver, List<String> ids, List<String> paths, String eventType) {
            this.receiver = receiver;
            this.ids = ids;
            this.paths = paths;
            this.eventType = eventType;
        }

        public List<String> paths() {
            return paths;
        }

        /** Deletes the endpoints, one after the other. */
        public void delete() {
            for (String id : ids) {
                Reply deleted = hooks.api.delete(hooks.endpoints() + "/" + id);
                assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
            }
        }

        public void enable(boolean enabled) {
            replace(enabled, null);
        }

        /** Gives each endpoint this {@code max_rate}. */
        public void limit(int maxRate) {
            replace(true, maxRate);
        }

        private void replace(boolean enabled, Integer maxRate) {
            for (int i = 0; i < ids.size(); i++) {
                JsonObjectBuilder settings = Json.createObjectBuilder()
                        .add("integration", integration)
                        .add("url", receiver.url(paths.get(i)))
                        .add("event_types", Json.createArrayBuilder().add(eventType))
                        .add("enabled", enabled);
                if (maxRate != null) {
                    settings.add("max_rate", maxRate);
                }
                Reply changed = hooks.api.put(hooks.endpoints() + "/" + ids.get(i), settings.build());
                assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            }
        }

        public void recover(Instant since) throws Exception {
            // eight at once, as an operator's script would: one recovery queues one endpoint's backlog
            ExecutorService callers = Executors.newFixedThreadPool(8);
            try {
                List<Future<Reply>> replies = new ArrayList<>();
                for (String id : ids) {
                    replies.add(callers.submit(() -> hooks.api.post(
                            hooks.endpoints() + "/" + id + "/recover",
                            Json.createObjectBuilder()
                                    .add("since", since.toString())
                                    .build())));
                }
                for (Future<Reply> reply : replies) {
                    assertThat(reply.get().status()).as(reply.get().toString()).isEqualTo(202);
                }
            } finally {
                callers.shutdown();
            }
        }

        /**
         * Waits until Koppel has recorded every attempt to the fleet (none of its deliveries is
         * pending): the receiver hears of a delivery before its attempt is written, and a
         * measurement that begins meanwhile would time the writing of the one before.
         */
        public void awaitRecorded(Duration deadline) {
            Instant end = Instant.now().plus(deadline);
            for (String id : ids) {
                String pending = hooks.endpoints() + "/" + id + "/deliveries?status=pending";
                Reply listed = hooks.api.get(pending);
                while (listed.json().getInt("count") > 0) {
                    assertThat(Instant.now())
                            .as("deliveries still pending to " + id)
                            .isBefore(end);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    listed = hooks.api.get(pending);
                }
            }
        }

        /** Waits until the fleet's paths together received this many requests. */
        public List<Receiver.Arrival> await(int count, Duration deadline) {
            Instant end = Instant.now().plus(deadline);
            while (Instant.now().isBefore(end)) {
                List<Receiver.Arrival> arrivals = new ArrayList<>();
                paths.forEach(path -> arrivals.addAll(receiver.arrivals(path)));
                if (arrivals.size() >= count) {
                    return arrivals;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            throw new AssertionError("The fleet did not receive " + count + " requests within " + deadline);
        }
    }
}
