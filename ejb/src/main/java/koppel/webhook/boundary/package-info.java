/** Webhook integrations, endpoints, the outbox, fan-out and delivery through JMS. */
package koppel.webhook.boundary;
