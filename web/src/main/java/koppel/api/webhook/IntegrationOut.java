package koppel.api.webhook;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import koppel.webhook.entity.WebhookIntegration;

/** A webhook integration as the API shows it. */
public record IntegrationOut(
        @JsonbProperty("id") UUID id,
        @JsonbProperty("name") String name,
        @JsonbNillable @JsonbProperty("description") String description,
        @JsonbProperty("alert_emails") List<String> alertEmails,
        @JsonbProperty("created") Instant created,
        @JsonbProperty("last_modified") Instant lastModified) {

    public static IntegrationOut of(WebhookIntegration integration) {
        return new IntegrationOut(
                integration.getId(),
                integration.getName(),
                integration.getDescription().orElse(null),
                integration.getAlertEmails(),
                integration.getCreated(),
                integration.getLastModified());
    }
}
