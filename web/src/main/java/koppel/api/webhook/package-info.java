/**
 * {@code /webhook-integrations}, {@code /teams/{teamId}/webhook-endpoints} and {@code /event-types}:
 * who receives webhooks, where, and of which events.
 */
package koppel.api.webhook;
