package koppel.webhook.entity;

import java.util.List;

/** What a caller says about a webhook integration. */
public record IntegrationData(String name, String description, List<String> alertEmails) {

    public IntegrationData {
        alertEmails = alertEmails == null ? List.of() : List.copyOf(alertEmails);
    }
}
