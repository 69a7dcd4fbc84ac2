package koppel.admin.settings.integrations;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import java.util.Optional;
import koppel.admin.faces.Messages;
import koppel.webhook.boundary.WebhookEndpoints;
import koppel.webhook.entity.TargetRefusal;

/**
 * What the endpoint dialog checks before it calls the facade, so that a refusal stands next to its
 * field in the page's language: a URL webhooks may reach (the facade names the reason, which the
 * page words) and at least one event type. The facade checks both again on saving.
 */
@ApplicationScoped
public class EndpointChecks {

    @EJB
    private WebhookEndpoints endpoints;

    /** Whether the dialog may be saved; when not, each refusal is shown next to its field. */
    public boolean pass(EndpointForm form) {
        Optional<TargetRefusal> refusal = endpoints.refusal(form.getUrl());
        refusal.ifPresent(refused -> refuse(
                "endpointForm:url", "endpoints.refusal." + refused.reason().name(), refused.host()));
        boolean nothingTicked = form.subscribesToNothing();
        if (nothingTicked) {
            refuse("endpointForm:allEvents", "endpoints.noEventTypes");
        }
        return refusal.isEmpty() && !nothingTicked;
    }

    private static void refuse(String clientId, String key, Object... arguments) {
        Messages.add(clientId, FacesMessage.SEVERITY_ERROR, Messages.text(key, arguments));
    }
}
