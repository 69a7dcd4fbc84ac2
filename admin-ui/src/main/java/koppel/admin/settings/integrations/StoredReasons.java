package koppel.admin.settings.integrations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import koppel.admin.faces.Messages;
import koppel.webhook.boundary.FailingEndpoints;
import koppel.webhook.entity.WebhookEndpoint;

/**
 * Says in the page's language what the webhook facades store in English: why an endpoint was
 * disabled, and why an alert e-mail was not sent. A text not known here (a mail server's own error,
 * say) is shown as stored.
 */
@Named
@ApplicationScoped
public class StoredReasons {

    /** The stored texts, each with its bundle key. */
    private static final Map<String, String> KEYS = Map.of(
            WebhookEndpoint.GONE,
            "storedReason.gone",
            WebhookEndpoint.BY_HAND,
            "storedReason.byAdministrator",
            FailingEndpoints.NO_ADDRESSES,
            "storedReason.noAlertAddresses",
            FailingEndpoints.MAIL_NOT_CONFIGURED,
            "storedReason.mailNotConfigured");

    /** The reason in the page's language; nothing when there is none. */
    public String of(Optional<String> stored) {
        return stored.map(StoredReasons::said).orElse("");
    }

    private static String said(String stored) {
        String key = KEYS.get(stored);
        if (key != null) {
            return Messages.text(key);
        }
        Matcher failed = FailingEndpoints.FAILED_FOR.matcher(stored);
        return failed.matches()
                ? Messages.text("storedReason.failedFor." + failed.group(2), Long.parseLong(failed.group(1)))
                : stored;
    }
}
