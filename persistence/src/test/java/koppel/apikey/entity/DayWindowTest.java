package koppel.apikey.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The day window's arithmetic: the last 86,400 seconds, what the database holds and what is counted here. */
class DayWindowTest {

    private static final Instant START = Instant.parse("2026-11-26T23:59:30Z");
    private static final long S = START.getEpochSecond();

    private final DayWindow day = new DayWindow();

    @Test
    void aRequestLeavesExactly24HoursAfterItsSecondNotAtMidnight() {
        day.add(S, 1);

        assertThat(day.count(START.plusSeconds(31))).as("past midnight").isEqualTo(1);
        assertThat(day.count(START.plusSeconds(86_399).plusMillis(999))).isEqualTo(1);
        assertThat(day.count(START.plusSeconds(86_400))).isZero();
    }

    @Test
    void theWaitIsUntilEnoughOfTheOldestSecondsHaveLeft() {
        day.add(S, 2);
        day.add(S + 60, 1);
        day.add(S + 120, 3);
        Instant now = START.plusSeconds(3600).plusMillis(400);

        assertThat(day.waitUntilAtMost(now, 6)).isZero();
        assertThat(day.waitUntilAtMost(now, 5))
                .isEqualTo(Duration.ofSeconds(86_400 - 3600).minusMillis(400));
        assertThat(day.waitUntilAtMost(now, 4))
                .as("both of the first second leave together")
                .isEqualTo(day.waitUntilAtMost(now, 5));
        assertThat(day.waitUntilAtMost(now, 3))
                .isEqualTo(Duration.ofSeconds(86_400 + 60 - 3600).minusMillis(400));
        assertThat(day.waitUntilAtMost(now, 0))
                .isEqualTo(Duration.ofSeconds(86_400 + 120 - 3600).minusMillis(400));
    }

    @Test
    void storedCountsAreEveryInstancesAndReplaceWhatWasHeld() {
        day.add(S, 2);
        day.stored(Map.of(S, 5, S + 1, 1));
        assertThat(day.count(START.plusSeconds(2)))
                .as("5 + 1 stored, 2 of ours not yet written")
                .isEqualTo(8);

        day.written(Map.of(S, 2));
        assertThat(day.count(START.plusSeconds(2)))
                .as("ours are among the 5 now")
                .isEqualTo(6);

        day.stored(Map.of(S, 7));
        assertThat(day.count(START.plusSeconds(2))).isEqualTo(8);
    }

    @Test
    void countsAddedWhileAWriteIsUnderWayStayUntilTheirOwnWrite() {
        day.add(S, 1);
        day.add(S, 1);
        day.stored(Map.of(S, 1));
        day.written(Map.of(S, 1));

        assertThat(day.count(START)).isEqualTo(2);
        day.stored(Map.of(S, 2));
        day.written(Map.of(S, 1));
        assertThat(day.count(START)).isEqualTo(2);
    }

    @Test
    void oldSecondsAreForgottenFromBothLayers() {
        day.stored(Map.of(S, 4));
        day.add(S + 10, 1);

        assertThat(day.count(START.plusSeconds(86_405))).isEqualTo(1);
        assertThat(day.waitUntilAtMost(START.plusSeconds(86_405), 0)).isEqualTo(Duration.ofSeconds(5));
    }
}
