package koppel.webhook.boundary;

/**
 * A webhook resource after a PUT, and whether the PUT created it (201) or replaced it (200). The
 * webhook feature's own, so that it needs nothing of the team collections, which report to it.
 */
public record Written<T>(T resource, boolean created) {}
