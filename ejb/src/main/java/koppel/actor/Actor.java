package koppel.actor;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import koppel.webhook.entity.OutboxEvent;

/**
 * Who is making the current request, as far as the facades need to know: the API key, and the
 * webhook integration or ticketing link it acts for (set by the API's token filter), or the
 * integration source whose pull is being applied. Empty for the admin UI.
 */
@RequestScoped
public class Actor {

    private UUID apiKey;
    private UUID integration;
    private UUID link;
    private UUID source;

    public void actAs(UUID apiKey, Optional<UUID> integration, Optional<UUID> ticketingLink) {
        this.apiKey = apiKey;
        this.integration = integration.orElse(null);
        this.link = ticketingLink.orElse(null);
    }

    /** The rest of this request (a message, a timer) applies what an integration source pulled. */
    public void actAsSource(UUID integration) {
        this.source = integration;
    }

    public Optional<UUID> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    public Optional<UUID> integration() {
        return Optional.ofNullable(integration);
    }

    /** Whom the events of this request's changes name as their maker. */
    public OutboxEvent.Origin origin() {
        return new OutboxEvent.Origin(apiKey, integration, link, null, source);
    }
}
