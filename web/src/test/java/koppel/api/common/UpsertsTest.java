package koppel.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import koppel.common.ConflictException;
import koppel.common.CreatedConcurrentlyException;
import org.junit.jupiter.api.Test;

/** A creating PUT that lost a race is sent again, a bounded number of times, and nothing else is. */
class UpsertsTest {

    @Test
    void aLostRaceIsSentAgainUntilItIsWon() {
        AtomicInteger attempts = new AtomicInteger();

        String written = Upserts.put(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new CreatedConcurrentlyException();
            }
            return "replaced";
        });

        assertThat(written).isEqualTo("replaced");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void racesLostEveryTimeEndInTheConflict() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> Upserts.put(() -> {
                    attempts.incrementAndGet();
                    throw new CreatedConcurrentlyException();
                }))
                .isInstanceOf(CreatedConcurrentlyException.class);
        assertThat(attempts).hasValue(10);
    }

    @Test
    void otherRefusalsAreNotSentAgain() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> Upserts.put(() -> {
                    attempts.incrementAndGet();
                    throw new ConflictException("stale");
                }))
                .isInstanceOf(ConflictException.class);
        assertThat(attempts).hasValue(1);
    }
}
