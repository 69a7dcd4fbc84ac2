package koppel.webhook.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import koppel.common.EmailAddress;

/** What a caller says about a webhook integration; the name is kept without surrounding space. */
public record IntegrationData(
        @JsonbProperty("name")
        @NotBlank(message = "This field is required.")
        @Size(max = WebhookIntegration.MAX_NAME_LENGTH)
        String name,

        @JsonbProperty("description") @Size(max = WebhookIntegration.MAX_DESCRIPTION_LENGTH)
        String description,

        @JsonbProperty("alert_emails") @Size(max = WebhookIntegration.MAX_ALERT_EMAILS)
        List<@EmailAddress String> alertEmails) {

    /** An address given twice is kept once, where it first stood. */
    public IntegrationData {
        name = name == null ? null : name.strip();
        alertEmails = alertEmails == null ? List.of() : List.copyOf(new LinkedHashSet<>(alertEmails));
    }
}
