package koppel.it.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import koppel.it.Deployments;
import koppel.it.ServerLog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Endpoints deleted while their attempts are being recorded: deleting an endpoint locks it and
 * then its deliveries, and recording an attempt that changes an endpoint's health (a failure after
 * a success, a success after a failure) must lock them in the same order, or the two deadlock and
 * the database refuses a whole group of attempts. A delivery that a fan-out made for an endpoint
 * deleted at that moment (H2 lets the row in) is dropped, not tried again and again.
 */
@ExtendWith(ArquillianExtension.class)
class EndpointDeletionUnderLoadIT {

    private static final int ENDPOINTS = 10;
    private static final int CHANGES = 200;

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void deletingEndpointsWhoseHealthChangesWithEveryAttemptRefusesNoRecord() throws Exception {
        ServerLog log = ServerLog.fromNow();
        WebhookSetup setup = WebhookSetup.forBenchmark();
        try (Receiver receiver = Receiver.start()) {
            WebhookSetup.Fleet fleet = setup.fleet(receiver, ENDPOINTS);
            for (String path : fleet.paths()) {
                // failures and successes by turns: every attempt's record writes the endpoint's health
                for (int i = 0; i < CHANGES; i++) {
                    receiver.answer(path, 503, 200);
                }
            }
            CompletableFuture<Void> changes = CompletableFuture.runAsync(() -> {
                try {
                    setup.changes(CHANGES, 8);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            fleet.await(CHANGES, Duration.ofMinutes(1));

            fleet.delete();
            changes.get();

            // the recorder takes its batches in order: once a later one is recorded, these are too
            WebhookSetup.Fleet after = setup.fleet(receiver, 1);
            setup.change();
            after.await(1, Duration.ofMinutes(1));
            after.awaitRecorded(Duration.ofMinutes(1));
            assertThat(log.text())
                    .doesNotContain("refused a group of", "attempts not recorded", "left for the next poll")
                    .doesNotContainIgnoringCase("deadlock");
        }
    }
}
