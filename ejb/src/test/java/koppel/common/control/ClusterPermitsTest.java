package koppel.common.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClusterPermitsTest {

    private static final UUID KEY = UUID.randomUUID();
    private static final Instant SECOND = Instant.parse("2026-12-03T10:00:00Z");

    private final MemoryPermitRows rows = new MemoryPermitRows();
    private final ClusterPermits permits = new ClusterPermits(rows);

    @Test
    void admitsTheLimitOfASecondThenRefusesItsRest() {
        for (int i = 0; i < 5; i++) {
            assertThat(permits.take(PermitLedger.API_KEYS, KEY, SECOND.plusMillis(i), 5))
                    .isTrue();
        }
        assertThat(permits.take(PermitLedger.API_KEYS, KEY, SECOND.plusMillis(10), 5))
                .isFalse();
        int asked = rows.asked.size();
        assertThat(permits.take(PermitLedger.API_KEYS, KEY, SECOND.plusMillis(20), 5))
                .isFalse();
        assertThat(rows.asked).as("a used-up second is not asked about again").hasSize(asked);
        assertThat(permits.take(PermitLedger.API_KEYS, KEY, SECOND.plusMillis(1000), 5))
                .isTrue();
    }

    @Test
    void aRequestThatReadTheClockJustBeforeTheSecondTurnedCountsInTheNewSecond() {
        assertThat(permits.take(PermitLedger.API_KEYS, KEY, SECOND.plusMillis(1001), 5))
                .isTrue();
        // read its clock at 0.999 s, arrives after the request of 1.001 s
        assertThat(permits.take(PermitLedger.API_KEYS, KEY, SECOND.plusMillis(999), 5))
                .isTrue();
        assertThat(rows.asked).containsOnly(SECOND.getEpochSecond() + 1);
        assertThat(rows.taken(PermitLedger.API_KEYS, KEY)).isEqualTo(2);
    }

    @Test
    void aPermitGivenBackIsUsedByTheNextRequestOfTheSecond() {
        for (int i = 0; i < 5; i++) {
            permits.take(PermitLedger.API_KEYS, KEY, SECOND.plusMillis(i), 5);
        }
        permits.giveBack(PermitLedger.API_KEYS, KEY, SECOND.plusMillis(5));
        assertThat(permits.take(PermitLedger.API_KEYS, KEY, SECOND.plusMillis(6), 5))
                .isTrue();
        assertThat(permits.take(PermitLedger.API_KEYS, KEY, SECOND.plusMillis(7), 5))
                .isFalse();
    }
}
