package koppel.apikey.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiKeyUsageTest {

    private static final RateLimits FIVE_PER_SECOND = new RateLimits(5, 1000);
    private static final Instant START = Instant.parse("2026-11-26T10:00:00Z");

    private final ApiKeyUsage usage = new ApiKeyUsage(UUID.randomUUID());

    @Test
    void allowsTheLimitThenRefusesWithRetryAfter() {
        for (int i = 0; i < 5; i++) {
            Throttling throttling = usage.record(START.plusMillis(i), "127.0.0.1", FIVE_PER_SECOND);
            assertThat(throttling.allowed()).isTrue();
            assertThat(throttling.remaining()).isEqualTo(4 - i);
            assertThat(throttling.limit()).isEqualTo(5);
        }

        Throttling refused = usage.record(START.plusMillis(10), "127.0.0.1", FIVE_PER_SECOND);
        assertThat(refused.allowed()).isFalse();
        // The five weigh until 1.2 s: at 5/second the sixth fits 1.19 s later, rounded up.
        assertThat(refused.retryAfterSeconds()).isEqualTo(2);
        assertThat(refused.remaining()).isZero();
    }

    @Test
    void refusedRequestsAreNotCounted() {
        for (int i = 0; i < 50; i++) {
            usage.record(START.plusMillis(i), null, FIVE_PER_SECOND);
        }

        // Half a second into the next window half of the previous one still weighs: 5 * 0.5 = 2.5.
        assertThat(usage.record(START.plusMillis(1500), null, FIVE_PER_SECOND).allowed())
                .isTrue();
        assertThat(usage.record(START.plusMillis(1501), null, FIVE_PER_SECOND).allowed())
                .isTrue();
        assertThat(usage.record(START.plusMillis(1502), null, FIVE_PER_SECOND).allowed())
                .isFalse();
    }

    @Test
    void theWindowSlides() {
        for (int i = 0; i < 5; i++) {
            usage.record(START.plusMillis(900 + i), null, FIVE_PER_SECOND);
        }
        // Just after the fixed window turned, nearly all of the previous one still counts.
        assertThat(usage.record(START.plusMillis(1010), null, FIVE_PER_SECOND).allowed())
                .isFalse();
        // A window later, it no longer does.
        assertThat(usage.record(START.plusMillis(2000), null, FIVE_PER_SECOND).allowed())
                .isTrue();
    }

    @Test
    void theDailyLimitTellsHowLongToWait() {
        RateLimits threePerDay = new RateLimits(100, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(usage.record(START.plusSeconds(i), null, threePerDay).allowed())
                    .isTrue();
        }

        Throttling refused = usage.record(START.plusSeconds(10), null, threePerDay);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.limit()).isEqualTo(3);
        assertThat(refused.retryAfterSeconds()).isGreaterThan(3600).isLessThanOrEqualTo(2 * 86_400);
        Instant then = START.plusSeconds(10 + refused.retryAfterSeconds());
        assertThat(usage.record(then, null, threePerDay).allowed()).isTrue();
    }

    @Test
    void countsAbsorbedFromAnotherInstanceCountTowardsTheLimit() {
        ApiKeyUsage shared = new ApiKeyUsage(UUID.randomUUID());
        shared.absorb(java.util.Map.of(START.getEpochSecond(), 4), START, "10.0.0.2");
        ApiKeyUsage mine = shared.copy();

        assertThat(mine.record(START.plusMillis(100), null, FIVE_PER_SECOND).allowed())
                .isTrue();
        assertThat(mine.record(START.plusMillis(101), null, FIVE_PER_SECOND).allowed())
                .isFalse();
        assertThat(shared.getLastUsedIp()).contains("10.0.0.2");
    }

    @Test
    void lateCountsLandInTheirOwnWindowOrNowhere() {
        usage.record(START.plusSeconds(10), null, FIVE_PER_SECOND);
        usage.absorb(java.util.Map.of(START.getEpochSecond() + 9, 3, START.getEpochSecond(), 100), null, null);

        // The 3 of the previous second weigh in; the 100 of ten seconds ago are too old to.
        assertThat(usage.record(START.plusSeconds(10).plusMillis(10), null, FIVE_PER_SECOND)
                        .allowed())
                .isTrue();
        assertThat(usage.record(START.plusSeconds(10).plusMillis(20), null, FIVE_PER_SECOND)
                        .allowed())
                .isFalse();
    }

    @Test
    void recordsLastUse() {
        usage.record(START, "2001:db8::1", FIVE_PER_SECOND);

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
