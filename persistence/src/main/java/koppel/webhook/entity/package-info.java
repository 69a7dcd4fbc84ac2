/** Webhook integrations and endpoints, the outbox of events, deliveries and their attempts. */
package koppel.webhook.entity;
