package koppel.apikey.entity;

import koppel.common.FieldErrors;

/** How many requests a key may make per second and per day. */
public record RateLimits(int perSecond, int perDay) {

    public static final int MAX_PER_SECOND = 1_000_000;
    public static final int MAX_PER_DAY = 100_000_000;

    public RateLimits {
        check((long) perSecond, (long) perDay);
    }

    /**
     * Refuses, each under its own field, a rate given outside 1 to {@link #MAX_PER_SECOND} per
     * second or 1 to {@link #MAX_PER_DAY} per day; a null rate is not given (the default applies).
     */
    public static void check(Long perSecond, Long perDay) {
        FieldErrors errors = new FieldErrors();
        if (perSecond != null && (perSecond < 1 || perSecond > MAX_PER_SECOND)) {
            errors.add("rate_per_second", "A rate per second is a whole number from 1 to 1,000,000.");
        }
        if (perDay != null && (perDay < 1 || perDay > MAX_PER_DAY)) {
            errors.add("rate_per_day", "A rate per day is a whole number from 1 to 100,000,000.");
        }
        errors.throwIfAny();
    }
}
