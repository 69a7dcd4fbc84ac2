package koppel.webhook.boundary;

import java.util.List;
import koppel.webhook.entity.OutboxEvent;

/**
 * The events one fan-out round took, in the order they occurred: fired once per round, in its
 * transaction, to those who act on changes besides webhooks (source integrations, ticketing links),
 * so that they can read what they need for the whole round at once.
 */
public record FannedOut(List<OutboxEvent> events) {}
