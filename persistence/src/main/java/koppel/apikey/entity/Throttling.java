package koppel.apikey.entity;

/**
 * The throttle's answer to one request, with what the {@code RateLimit-*} headers report: the
 * window closest to running out.
 *
 * @param allowed whether the request may go on (it was counted only if so)
 * @param retryAfterSeconds when refused, whole seconds until every window has room again
 * @param limit that window's limit
 * @param remaining requests left in it
 * @param resetSeconds whole seconds until it starts afresh
 */
public record Throttling(boolean allowed, long retryAfterSeconds, int limit, int remaining, long resetSeconds) {}
