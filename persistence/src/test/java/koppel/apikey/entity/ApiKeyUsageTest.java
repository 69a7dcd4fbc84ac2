package koppel.apikey.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiKeyUsageTest {

    private static final RateLimits FIVE_PER_SECOND = new RateLimits(5, 1000);
    private static final Instant START = Instant.parse("2026-11-26T10:00:00Z");

    private final ApiKeyUsage usage = new ApiKeyUsage(UUID.randomUUID());
    private final DayWindow day = new DayWindow();

    @Test
    void allowsTheLimitThenRefusesWithRetryAfter() {
        for (int i = 0; i < 5; i++) {
            Throttling throttling = usage.record(START.plusMillis(i), "127.0.0.1", FIVE_PER_SECOND, day);
            assertThat(throttling.allowed()).isTrue();
            assertThat(throttling.remaining()).isEqualTo(4 - i);
            assertThat(throttling.limit()).isEqualTo(5);
        }

        Throttling refused = usage.record(START.plusMillis(10), "127.0.0.1", FIVE_PER_SECOND, day);
        assertThat(refused.allowed()).isFalse();
        // The five weigh until 1.2 s: at 5/second the sixth fits 1.19 s later, rounded up.
        assertThat(refused.retryAfterSeconds()).isEqualTo(2);
        assertThat(refused.remaining()).isZero();
    }

    @Test
    void whenTheClusterUsedUpTheSecondTheWaitAlsoCoversThisInstancesWindow() {
        for (int i = 0; i < 5; i++) {
            usage.record(START.plusMillis(100 + i), null, FIVE_PER_SECOND, day);
        }

        // The next second begins in 0.85 s; the five then weigh until 0.2 s into it: 1.05 s.
        Throttling refused = usage.secondUsedUp(START.plusMillis(150), FIVE_PER_SECOND);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(2);
        // Asking did not move the window on: a request still in this second is refused.
        assertThat(usage.record(START.plusMillis(160), null, FIVE_PER_SECOND, day)
                        .allowed())
                .isFalse();
        // A wait of one second would not have been enough.
        assertThat(usage.record(START.plusMillis(150 + 1000), null, FIVE_PER_SECOND, day)
                        .allowed())
                .isFalse();
        assertThat(usage.record(START.plusMillis(150 + 2000), null, FIVE_PER_SECOND, day)
                        .allowed())
                .isTrue();
    }

    @Test
    void whenTheClusterUsedUpTheSecondOfAnIdleInstanceTheWaitIsTheRestOfIt() {
        assertThat(usage.secondUsedUp(START.plusMillis(300), FIVE_PER_SECOND).retryAfterSeconds())
                .isEqualTo(1);
    }

    @Test
    void refusedRequestsAreNotCounted() {
        for (int i = 0; i < 50; i++) {
            usage.record(START.plusMillis(i), null, FIVE_PER_SECOND, day);
        }

        // Half a second into the next window half of the previous one still weighs: 5 * 0.5 = 2.5.
        assertThat(usage.record(START.plusMillis(1500), null, FIVE_PER_SECOND, day)
                        .allowed())
                .isTrue();
        assertThat(usage.record(START.plusMillis(1501), null, FIVE_PER_SECOND, day)
                        .allowed())
                .isTrue();
        assertThat(usage.record(START.plusMillis(1502), null, FIVE_PER_SECOND, day)
                        .allowed())
                .isFalse();
    }

    @Test
    void theWindowSlides() {
        for (int i = 0; i < 5; i++) {
            usage.record(START.plusMillis(900 + i), null, FIVE_PER_SECOND, day);
        }
        // Just after the fixed window turned, nearly all of the previous one still counts.
        assertThat(usage.record(START.plusMillis(1010), null, FIVE_PER_SECOND, day)
                        .allowed())
                .isFalse();
        // A window later, it no longer does.
        assertThat(usage.record(START.plusMillis(2000), null, FIVE_PER_SECOND, day)
                        .allowed())
                .isTrue();
    }

    @Test
    void theDayIsTheLast24HoursAndBothHeadersStateTheSameWait() {
        RateLimits threePerDay = new RateLimits(100, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(usage.record(START.plusSeconds(i * 600L), null, threePerDay, day)
                            .allowed())
                    .isTrue();
        }

        Instant later = START.plusSeconds(3600).plusMillis(250);
        Throttling refused = usage.record(later, null, threePerDay, day);

        // The first request leaves the window 24 hours after its second, not at midnight.
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.limit()).isEqualTo(3);
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfterSeconds()).isEqualTo(86_400 - 3600);
        assertThat(refused.resetSeconds()).isEqualTo(refused.retryAfterSeconds());
        assertThat(usage.record(START.plusSeconds(86_399).plusMillis(999), null, threePerDay, day)
                        .allowed())
                .isFalse();
        Throttling again = usage.record(START.plusSeconds(86_400), null, threePerDay, day);
        assertThat(again.allowed()).isTrue();
        assertThat(again.remaining()).isZero();
        assertThat(again.resetSeconds())
                .as("until the request of 10 minutes in leaves")
                .isEqualTo(600);
    }

    @Test
    void whileAllowedTheResetIsWhenTheRemainingGoesUp() {
        RateLimits tenPerDay = new RateLimits(100, 10);
        usage.record(START, null, tenPerDay, day);
        Throttling second = usage.record(START.plusSeconds(100), null, tenPerDay, day);

        assertThat(second.limit()).isEqualTo(10);
        assertThat(second.remaining()).isEqualTo(8);
        assertThat(second.resetSeconds()).isEqualTo(86_300);
    }

    @Test
    void countsAbsorbedFromAnotherInstanceCountTowardsTheLimit() {
        ApiKeyUsage shared = new ApiKeyUsage(UUID.randomUUID());
        shared.absorb(java.util.Map.of(START.getEpochSecond(), 4), START, "10.0.0.2");
        ApiKeyUsage mine = shared.copy();

        assertThat(mine.record(START.plusMillis(100), null, FIVE_PER_SECOND, day)
                        .allowed())
                .isTrue();
        assertThat(mine.record(START.plusMillis(101), null, FIVE_PER_SECOND, day)
                        .allowed())
                .isFalse();
        assertThat(shared.getLastUsedIp()).contains("10.0.0.2");
    }

    @Test
    void lateCountsLandInTheirOwnWindowOrNowhere() {
        usage.record(START.plusSeconds(10), null, FIVE_PER_SECOND, day);
        usage.absorb(java.util.Map.of(START.getEpochSecond() + 9, 3, START.getEpochSecond(), 100), null, null);

        // The 3 of the previous second weigh in; the 100 of ten seconds ago are too old to.
        assertThat(usage.record(START.plusSeconds(10).plusMillis(10), null, FIVE_PER_SECOND, day)
                        .allowed())
                .isTrue();
        assertThat(usage.record(START.plusSeconds(10).plusMillis(20), null, FIVE_PER_SECOND, day)
                        .allowed())
                .isFalse();
    }

    @Test
    void recordsLastUse() {
        usage.record(START, "2001:db8::1", FIVE_PER_SECOND, day);

        assertThat(usage.getLastUsedAt()).contains(START);
        assertThat(usage.getLastUsedIp()).contains("2001:db8::1");
    }

    @Test
    void aChangeOfTheKeyMovesTheRevision() {
        long before = usage.getRevision();
        usage.keyChanged();
        assertThat(usage.getRevision()).isEqualTo(before + 1);
    }
}
