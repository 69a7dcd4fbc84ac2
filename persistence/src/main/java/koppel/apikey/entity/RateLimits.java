package koppel.apikey.entity;

/**
 * How many requests a key may make per second and per day. A key's own rates are checked where
 * they are given ({@link Grant}); the defaults come from the configuration.
 */
public record RateLimits(int perSecond, int perDay) {

    public static final int MAX_PER_SECOND = 1_000_000;
    public static final int MAX_PER_DAY = 100_000_000;
    public static final String PER_SECOND_RULE = "A rate per second is a whole number from 1 to 1,000,000.";
    public static final String PER_DAY_RULE = "A rate per day is a whole number from 1 to 100,000,000.";

    public RateLimits {
        if (perSecond < 1 || perSecond > MAX_PER_SECOND) {
            throw new IllegalArgumentException(PER_SECOND_RULE);
        }
        if (perDay < 1 || perDay > MAX_PER_DAY) {
            throw new IllegalArgumentException(PER_DAY_RULE);
        }
    }
}
