package koppel.actor;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import koppel.webhook.entity.OutboxEvent;

/**
 * Who is making the current request, as far as the facades need to know: the API key, and the
 * webhook integration it belongs to. Set by the API's token filter; empty for the admin UI.
 */
@RequestScoped
public class Actor {

    private UUID apiKey;
    private UUID integration;

    public void actAs(UUID apiKey, Optional<UUID> integration) {
        this.apiKey = apiKey;
        this.integration = integration.orElse(null);
    }

    public Optional<UUID> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    public Optional<UUID> integration() {
        return Optional.ofNullable(integration);
    }

    /** Whom the events of this request's changes name as their maker. */
    public OutboxEvent.Origin origin() {
        return new OutboxEvent.Origin(apiKey, integration, null);
    }
}
