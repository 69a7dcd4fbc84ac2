package koppel.it.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import koppel.it.api.Fixtures;
import koppel.it.webhook.Receiver;
import koppel.it.webhook.WebhookSetup;
import org.junit.jupiter.api.Test;

/**
 * Changes made through the balancer, on both nodes, reach a webhook endpoint once each: every
 * event arrives, and each delivery is sent by one node at a time (duplicates, counted by the
 * Standard Webhooks {@code webhook-id}, stay under 1 %); an endpoint's {@code max_rate} holds for
 * the two nodes together, counted by the second each delivery was signed in.
 */
class CrossNodeWebhooksIT {

    private static final int CHANGES = 400;
    private static final int MAX_RATE = 5;
    private static final int PACED_CHANGES = 40;

    @Test
    void everyChangeArrivesAndDuplicatesStayUnderOnePercent() throws Exception {
        WebhookSetup setup = unthrottledSetup();
        try (Receiver receiver = Receiver.start()) {
            WebhookSetup.Fleet fleet = setup.fleet(receiver, 1);

            setup.changes(CHANGES, 8);
            List<Receiver.Arrival> arrivals = fleet.await(CHANGES, Duration.ofSeconds(120));

            Map<String, Long> perDelivery = arrivals.stream()
                    .collect(Collectors.groupingBy(arrival -> arrival.header("webhook-id"), Collectors.counting()));
            Set<String> clients = arrivals.stream()
                    .map(arrival -> arrival.json().getJsonObject("resource").getString("id"))
                    .collect(Collectors.toSet());
            long duplicates = arrivals.size() - perDelivery.size();
            assertThat(clients).as("distinct clients announced").hasSize(CHANGES);
            assertThat(duplicates).as("duplicate deliveries").isLessThan(CHANGES / 100);
            assertThat(perDelivery.values().stream()
                            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())))
                    .as("deliveries by times received")
                    .containsKey(1L);
        }
    }

    @Test
    void anEndpointsMaxRateHoldsForBothNodesTogether() throws Exception {
        WebhookSetup setup = unthrottledSetup();
        try (Receiver receiver = Receiver.start()) {
            WebhookSetup.Fleet fleet = setup.fleet(receiver, 1);
            fleet.limit(MAX_RATE);

            setup.changes(PACED_CHANGES, 8);
            List<Receiver.Arrival> arrivals = fleet.await(PACED_CHANGES, Duration.ofSeconds(120));

            // by the second each was signed in (webhook-timestamp), which is the second whose
            // permits it took: the two nodes together stay within MAX_RATE. Arrival times add the
            // post's own delay, so they only show that the deliveries were spread out.
            Map<String, Long> perSignedSecond = arrivals.stream()
                    .collect(Collectors.groupingBy(
                            arrival -> arrival.header("webhook-timestamp"), Collectors.counting()));
            assertThat(perSignedSecond.values())
                    .as("deliveries signed in each second")
                    .allSatisfy(count -> assertThat(count).isLessThanOrEqualTo((long) MAX_RATE));
            Map<Long, Long> perSecond = arrivals.stream()
                    .collect(Collectors.groupingBy(arrival -> arrival.at().getEpochSecond(), Collectors.counting()));
            assertThat(perSecond).hasSizeGreaterThanOrEqualTo(PACED_CHANGES / MAX_RATE);
        }
    }

    /** A team of its own and a key whose throttle no test here reaches. */
    private static WebhookSetup unthrottledSetup() {
        return WebhookSetup.forKey(Fixtures.key(
                List.of(Fixtures.team()),
                Map.of("clients", "write", "webhooks", "write"),
                b -> b.add("rate_per_second", 10_000).add("rate_per_day", 1_000_000)));
    }
}
