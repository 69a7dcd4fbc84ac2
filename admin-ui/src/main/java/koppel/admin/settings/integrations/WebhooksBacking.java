package koppel.admin.settings.integrations;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import koppel.admin.faces.Messages;
import koppel.common.BusinessException;
import koppel.common.NoSuchResourceException;
import koppel.common.PreconditionFailedException;
import koppel.webhook.boundary.DeliveryStats;
import koppel.webhook.boundary.WebhookIntegrations;
import koppel.webhook.entity.IntegrationData;
import koppel.webhook.entity.WebhookIntegration;
import org.primefaces.PrimeFaces;

/**
 * Backs {@code webhooks.xhtml}: the webhook integrations with their alert addresses and how many
 * endpoints each has, added and edited in one dialog (name, description, the addresses that hear
 * of failing endpoints), deleted after a question that says their endpoints go with them.
 */
@Named
@ViewScoped
public class WebhooksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private WebhookIntegrations integrations;

    @EJB
    private DeliveryStats stats;

    private List<WebhookIntegration> all;
    private Map<UUID, Long> endpointCounts;
    /** The integration in the dialog; null while adding one. */
    private WebhookIntegration edited;

    private String name;
    private String description;
    private String alertEmails;

    @PostConstruct
    void load() {
        all = integrations.list();
        endpointCounts = stats.endpointCounts();
    }

    /** Opens the dialog empty, for a new integration. */
    public void startAdding() {
        edit(null);
    }

    /** Opens the dialog with this integration's values. */
    public void edit(WebhookIntegration integration) {
        edited = integration;
        name = integration == null ? null : integration.getName();
        description = integration == null ? null : integration.getDescription().orElse(null);
        alertEmails = integration == null ? null : String.join("\n", integration.getAlertEmails());
        PrimeFaces.current().ajax().update("integrationDialog");
        PrimeFaces.current().executeScript("PF('integration').show()");
    }

    public void save() {
        IntegrationData data = new IntegrationData(name, description, addresses(alertEmails));
        try {
            WebhookIntegration saved = edited == null
                    ? integrations.create(data)
                    : integrations
                            .put(edited.getId(), data, edited.getVersion())
                            .resource();
            Messages.info(edited == null ? "webhooks.added" : "webhooks.saved", saved.getName());
            PrimeFaces.current().executeScript("PF('integration').hide()");
            load();
        } catch (PreconditionFailedException e) {
            Messages.error("common.changedMeanwhile");
        } catch (BusinessException e) {
            Messages.show(
                    e,
                    Map.of(
                            "name", "integrationForm:name",
                            "description", "integrationForm:description",
                            "alert_emails", "integrationForm:alertEmails"));
        }
    }

    public void delete(WebhookIntegration integration) {
        try {
            integrations.delete(integration.getId(), integration.getVersion());
            Messages.info("webhooks.deleted", integration.getName());
        } catch (NoSuchResourceException e) {
            Messages.error("webhooks.notFound");
        } catch (PreconditionFailedException e) {
            Messages.error("common.changedMeanwhile");
        }
        load();
    }

    /** The question before deleting, naming the integration and how many endpoints go with it. */
    public String deleteQuestion(WebhookIntegration integration) {
        return Messages.text("webhooks.deleteConfirm", integration.getName(), endpointCount(integration));
    }

    public long endpointCount(WebhookIntegration integration) {
        return endpointCounts.getOrDefault(integration.getId(), 0L);
    }

    /** The integration's alert addresses, or "None". */
    public String addressesOf(WebhookIntegration integration) {
        return integration.getAlertEmails().isEmpty()
                ? Messages.text("common.none")
                : String.join(", ", integration.getAlertEmails());
    }

    /** Addresses one per line or separated by commas, semicolons or spaces, as people paste them. */
    static List<String> addresses(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[,;\\s]+"))
                        .filter(address -> !address.isEmpty())
                        .toList();
    }

    public List<WebhookIntegration> getAll() {
        return all;
    }

    public WebhookIntegration getEdited() {
        return edited;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getAlertEmails() {
        return alertEmails;
    }

    public void setAlertEmails(String alertEmails) {
        this.alertEmails = alertEmails;
    }
}
