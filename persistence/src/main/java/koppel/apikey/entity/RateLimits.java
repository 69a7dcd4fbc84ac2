package koppel.apikey.entity;

import koppel.common.BusinessException;

/** How many requests a key may make per second and per day. */
public record RateLimits(int perSecond, int perDay) {

    public static final int MAX = 1_000_000_000;

    public RateLimits {
        if (perSecond < 1 || perSecond > MAX) {
            throw new BusinessException("rate_per_second", "A rate is a whole number from 1 to " + MAX + ".");
        }
        if (perDay < 1 || perDay > MAX) {
            throw new BusinessException("rate_per_day", "A rate is a whole number from 1 to " + MAX + ".");
        }
    }
}
