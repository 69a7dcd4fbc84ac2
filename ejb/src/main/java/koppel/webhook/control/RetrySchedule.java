package koppel.webhook.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed delivery is tried again: the n-th delay of the configured schedule (by default 5 s,
 * 5 min, 30 min, 2 h, 5 h, 10 h, 10 h), give or take a tenth so that retries of many deliveries do
 * not arrive together; none after the last.
 */
public final class RetrySchedule {

    private static final double JITTER = 0.1;

    private final List<Duration> delays;

    public RetrySchedule(List<Duration> delays) {
        this.delays = List.copyOf(delays);
    }

    /**
     * Reads a schedule written as comma-separated durations: a number with {@code ms}, {@code s},
     * {@code m}, {@code h} or {@code d}, or an ISO-8601 duration.
     */
    public static RetrySchedule parse(String text) {
        List<Duration> delays = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                delays.add(duration(part.strip()));
            }
        }
        return new RetrySchedule(delays);
    }

    /** Reads {@code 5s}, {@code 30m}, {@code 250ms}, {@code 2h}, {@code 5d} or an ISO-8601 duration. */
    public static Duration duration(String text) {
        if (text.startsWith("P") || text.startsWith("p")) {
            return Duration.parse(text);
        }
        int unit = 0;
        while (unit < text.length() && Character.isDigit(text.charAt(unit))) {
            unit++;
        }
        long amount = Long.parseLong(text.substring(0, unit));
        return switch (text.substring(unit).strip()) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> throw new IllegalArgumentException("Not a duration: " + text);
        };
    }

    /** When to try again after this many failed attempts; empty when the schedule is used up. */
    public Optional<Instant> next(int failedAttempts, Instant now) {
        if (failedAttempts < 1 || failedAttempts > delays.size()) {
            return Optional.empty();
        }
        long millis = delays.get(failedAttempts - 1).toMillis();
        long jitter = (long) (millis * JITTER * (2 * ThreadLocalRandom.current().nextDouble() - 1));
        return Optional.of(now.plusMillis(millis + jitter));
    }

    public List<Duration> delays() {
        return delays;
    }
}
