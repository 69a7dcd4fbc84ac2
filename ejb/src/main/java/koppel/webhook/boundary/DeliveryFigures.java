package koppel.webhook.boundary;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import koppel.webhook.entity.DeliveryStatus;

/**
 * How many deliveries arrived and how many failed for good, per hour of the last 24 hours and per
 * (UTC) day of the last 7 days: the figures the admin pages chart, counted in Java so that the
 * query stays free of date functions that H2 and PostgreSQL spell differently.
 */
public record DeliveryFigures(List<Bucket> hours, List<Bucket> days) {

    /** One bar of a chart: the period's start and its finished deliveries by outcome. */
    public record Bucket(Instant start, long delivered, long failed) {}

    /** One finished delivery: its outcome and when it finished. */
    public record Finished(DeliveryStatus status, Instant at) {}

    public static final int HOURS = 24;
    public static final int DAYS = 7;

    /** The earliest moment the figures at {@code now} look at: the start of the oldest day. */
    public static Instant since(Instant now) {
        return now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(DAYS - 1));
    }

    /** Counts the finished deliveries into the 24 hours and 7 days up to {@code now}. */
    public static DeliveryFigures of(List<Finished> finished, Instant now) {
        Instant firstHour = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(HOURS - 1));
        Instant firstDay = since(now);
        long[][] hours = new long[HOURS][2];
        long[][] days = new long[DAYS][2];
        for (Finished one : finished) {
            int outcome = one.status() == DeliveryStatus.DELIVERED ? 0 : 1;
            if (one.status() == DeliveryStatus.PENDING
                    || one.at() == null
                    || one.at().isAfter(now)) {
                continue;
            }
            long hour = ChronoUnit.HOURS.between(firstHour, one.at());
            if (!one.at().isBefore(firstHour) && hour < HOURS) {
                hours[(int) hour][outcome]++;
            }
            long day = ChronoUnit.DAYS.between(firstDay, one.at());
            if (!one.at().isBefore(firstDay) && day < DAYS) {
                days[(int) day][outcome]++;
            }
        }
        return new DeliveryFigures(
                buckets(firstHour, Duration.ofHours(1), hours), buckets(firstDay, Duration.ofDays(1), days));
    }

    private static List<Bucket> buckets(Instant first, Duration step, long[][] counts) {
        List<Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            buckets.add(new Bucket(first.plus(step.multipliedBy(i)), counts[i][0], counts[i][1]));
        }
        return List.copyOf(buckets);
    }
}
