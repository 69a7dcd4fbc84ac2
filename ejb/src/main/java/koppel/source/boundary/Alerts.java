package koppel.source.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import koppel.source.control.SourceSettings;
import koppel.webhook.control.Mailer;

/**
 * The e-mail alert ("alerte courriel") of an integration that deactivated itself after too many
 * failed runs in a row, to the addresses chosen on it. Without mail configured, or without
 * addresses, the deactivation is only logged; the integration's page shows it either way.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Alerts {

    private static final Logger LOG = Logger.getLogger(Alerts.class.getName());

    @EJB
    private RunSteps runs;

    @Inject
    private Mailer mailer;

    @Inject
    private SourceSettings settings;

    public void deactivated(UUID id) {
        runs.alert(id).ifPresent(alert -> {
            LOG.warning(() -> "Integration " + id + " deactivated itself after " + alert.failures() + " failed runs");
            if (alert.to().isEmpty() || !mailer.configured()) {
                return;
            }
            String subject =
                    "Koppel: the integration " + alert.configuration() + " (" + alert.team() + ") is deactivated";
            String text = "The integration of the source configuration " + alert.configuration() + " for the team "
                    + alert.team() + " failed " + alert.failures() + " runs in a row (the limit is "
                    + settings.failureLimit() + ") and deactivated itself.\n\nThe last failure: " + alert.reason()
                    + "\n\nKoppel keeps the changes it could not send and sends them once the integration is"
                    + " activated again: correct the cause, then activate it on its page in System settings >"
                    + " Integrations > Integration sources.\n";
            try {
                mailer.send(new ArrayList<>(alert.to()), subject, text);
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "The alert of integration " + id + " could not be sent", e);
            }
        });
    }
}
