package koppel.webhook.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import koppel.webhook.boundary.DeliveryFigures.Bucket;
import koppel.webhook.boundary.DeliveryFigures.Finished;
import koppel.webhook.entity.DeliveryStatus;
import org.junit.jupiter.api.Test;

/** The charts' figures: finished deliveries counted into the right UTC hour and day, and nothing older. */
class DeliveryFiguresTest {

    private static final Instant NOW = Instant.parse("2026-11-28T14:35:00Z");

    @Test
    void countsEachOutcomeInItsHourAndDay() {
        DeliveryFigures figures = DeliveryFigures.of(
                List.of(
                        new Finished(DeliveryStatus.DELIVERED, Instant.parse("2026-11-28T14:01:00Z")),
                        new Finished(DeliveryStatus.FAILED, Instant.parse("2026-11-28T14:30:00Z")),
                        new Finished(DeliveryStatus.DELIVERED, Instant.parse("2026-11-27T15:00:00Z")),
                        new Finished(DeliveryStatus.DELIVERED, Instant.parse("2026-11-22T00:00:00Z"))),
                NOW);

        assertThat(figures.hours()).hasSize(24);
        assertThat(figures.hours().get(23)).isEqualTo(new Bucket(Instant.parse("2026-11-28T14:00:00Z"), 1, 1));
        assertThat(figures.hours().get(0)).isEqualTo(new Bucket(Instant.parse("2026-11-27T15:00:00Z"), 1, 0));
        assertThat(figures.days()).hasSize(7);
        assertThat(figures.days().get(6)).isEqualTo(new Bucket(Instant.parse("2026-11-28T00:00:00Z"), 1, 1));
        assertThat(figures.days().get(5).delivered()).isEqualTo(1);
        assertThat(figures.days().get(0)).isEqualTo(new Bucket(Instant.parse("2026-11-22T00:00:00Z"), 1, 0));
    }

    @Test
    void leavesOutWhatIsOlderPendingOrStillToCome() {
        DeliveryFigures figures = DeliveryFigures.of(
                List.of(
                        new Finished(DeliveryStatus.DELIVERED, Instant.parse("2026-11-21T23:59:59Z")),
                        new Finished(DeliveryStatus.PENDING, Instant.parse("2026-11-28T14:00:00Z")),
                        new Finished(DeliveryStatus.FAILED, Instant.parse("2026-11-28T15:00:00Z"))),
                NOW);

        assertThat(figures.hours())
                .allSatisfy(bucket ->
                        assertThat(bucket.delivered() + bucket.failed()).isZero());
        assertThat(figures.days())
                .allSatisfy(bucket ->
                        assertThat(bucket.delivered() + bucket.failed()).isZero());
        assertThat(DeliveryFigures.since(NOW)).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
    }
}
