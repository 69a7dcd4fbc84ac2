package koppel.admin.settings.integrations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import koppel.admin.faces.Messages;
import koppel.webhook.entity.WebhookEndpoint;

/**
 * Says in the page's language what the webhook facades store in English: why an endpoint was
 * disabled, and why an alert e-mail was not sent. A text not known here (a mail server's own error,
 * say) is shown as stored.
 */
@Named
@ApplicationScoped
public class StoredReasons {

    /**
     * The stored texts, each with its bundle key. Only {@link WebhookEndpoint#GONE} is a public
     * constant; the others are the words of {@code WebhookEndpoint.change} and
     * {@code FailingEndpoints.send}, matched as they are.
     */
    private static final Map<String, String> KEYS = Map.of(
            WebhookEndpoint.GONE,
            "storedReason.gone",
            "Disabled by an administrator.",
            "storedReason.byAdministrator",
            "The integration has no alert addresses.",
            "storedReason.noAlertAddresses",
            "Mail is not configured (koppel.mail.host).",
            "storedReason.mailNotConfigured");

    /** {@code FailingEndpoints}' reason for disabling: its failing period as "5 days", "2 hours", "90 seconds". */
    private static final Pattern FAILED_FOR =
            Pattern.compile("Failed without a success for (\\d+) (day|hour|second)s?\\.");

    /** The reason in the page's language; nothing when there is none. */
    public String of(Optional<String> stored) {
        return stored.map(StoredReasons::said).orElse("");
    }

    private static String said(String stored) {
        String key = KEYS.get(stored);
        if (key != null) {
            return Messages.text(key);
        }
        Matcher failed = FAILED_FOR.matcher(stored);
        return failed.matches()
                ? Messages.text("storedReason.failedFor." + failed.group(2), Long.parseLong(failed.group(1)))
                : stored;
    }
}
