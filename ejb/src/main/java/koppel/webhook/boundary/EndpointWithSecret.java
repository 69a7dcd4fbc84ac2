package koppel.webhook.boundary;

import java.util.Optional;
import koppel.webhook.entity.WebhookEndpoint;

/**
 * An endpoint as a write left it, with its signing secret in plain text when that write made a new
 * one (creation, rotation): the only moment the secret is ever shown, as with API keys.
 */
public record EndpointWithSecret(WebhookEndpoint endpoint, Optional<String> secret) {}
