package koppel.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import koppel.common.Texts;
import koppel.common.entity.Tracked;

/**
 * A named integration of the whole installation that receives webhooks: it owns endpoints in
 * teams, API keys linked to it write its own custom fields, and its alert addresses hear when its
 * endpoints fail.
 */
@Entity
@Table(name = "webhook_integrations")
@NamedQuery(name = WebhookIntegration.ALL, query = "select i from WebhookIntegration i order by i.created, i.id")
public class WebhookIntegration extends Tracked {

    public static final String ALL = "WebhookIntegration.all";
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_DESCRIPTION_LENGTH = 1000;
    public static final int MAX_ALERT_EMAILS = 20;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    /** The name as uniqueness sees it ({@link Texts#nameKey}); the database keeps it unique. */
    @Column(name = "name_key", nullable = false, length = 4 * MAX_NAME_LENGTH)
    private String nameKey;

    @Column(length = MAX_DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "alert_emails", nullable = false, length = 8000)
    @Convert(converter = TextList.class)
    private List<String> alertEmails = List.of();

    protected WebhookIntegration() {}

    public WebhookIntegration(IntegrationData data) {
        change(data);
    }

    /** For an integration whose id the caller chooses (a PUT that creates). */
    public WebhookIntegration(UUID id, IntegrationData data) {
        super(id);
        change(data);
    }

    /** Takes what the caller said; the facade has checked it. */
    public void change(IntegrationData data) {
        this.name = data.name();
        this.nameKey = Texts.nameKey(name);
        this.description = data.description();
        this.alertEmails = List.copyOf(data.alertEmails());
    }

    public IntegrationData data() {
        return new IntegrationData(name, description, alertEmails);
    }

    public String getName() {
        return name;
    }

    public Optional<String> getDescription() {
        return Optional.ofNullable(description);
    }

    public List<String> getAlertEmails() {
        return List.copyOf(alertEmails);
    }
}
