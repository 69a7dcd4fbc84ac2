package koppel.webhook.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import koppel.webhook.control.Mailer;
import koppel.webhook.control.WebhookSettings;
import koppel.webhook.entity.EndpointAlert;
import koppel.webhook.entity.WebhookEndpoint;
import koppel.webhook.entity.WebhookIntegration;

/**
 * The failing-endpoint policy: an endpoint failing without one success is announced to its
 * integration's alert addresses when failures start, warned about a day (configurable) before the
 * failing period ends, and disabled when it ends; one that a {@code 410 Gone} disabled at once is
 * announced once. Each stage is taken by one conditional update, so with several instances only
 * one sends its e-mail. Without mail configured, alerts are recorded.
 */
@Stateless
public class FailingEndpoints {

    private static final Logger LOG = Logger.getLogger(FailingEndpoints.class.getName());

    /** Why an alert was recorded but not sent: the integration has nowhere to send it. */
    public static final String NO_ADDRESSES = "The integration has no alert addresses.";

    /** Why an alert was recorded but not sent: no mail server is configured. */
    public static final String MAIL_NOT_CONFIGURED = "Mail is not configured (koppel.mail.host).";

    /** The reason stored when the failing period ends, for a page to read its number and unit back. */
    public static final Pattern FAILED_FOR =
            Pattern.compile("Failed without a success for (\\d+) (day|hour|second)s?\\.");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private WebhookSettings settings;

    @Inject
    private Mailer mailer;

    @EJB
    private Deliveries deliveries;

    /** An alert to send: which, about what, to whom. */
    public record Notice(
            UUID endpoint, EndpointAlert.Kind kind, List<String> recipients, String subject, String text) {}

    /** The endpoints failing, and those a {@code 410 Gone} disabled that are still to be announced. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<UUID> failing() {
        return em.createNamedQuery(WebhookEndpoint.FAILING, UUID.class)
                .setParameter("gone", WebhookEndpoint.GONE)
                .setParameter("announced", EndpointAlert.Kind.DISABLED.stage())
                .getResultList();
    }

    /** Takes the endpoint's next stage if it is due, and says what to tell whom. */
    public Optional<Notice> advance(UUID id, Instant now) {
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, id);
        if (endpoint != null
                && !endpoint.isEnabled()
                && WebhookEndpoint.GONE.equals(endpoint.getDisabledReason().orElse(null))
                && endpoint.getAlertStage() < EndpointAlert.Kind.DISABLED.stage()
                && take(id, EndpointAlert.Kind.DISABLED)) {
            WebhookIntegration integration = em.find(WebhookIntegration.class, endpoint.getIntegrationId());
            return Optional.of(gone(endpoint, integration));
        }
        if (endpoint == null
                || !endpoint.isEnabled()
                || endpoint.getFailingSince().isEmpty()) {
            return Optional.empty();
        }
        Duration failing = Duration.between(endpoint.getFailingSince().get(), now);
        Duration period = settings.failingPeriod();
        EndpointAlert.Kind kind;
        if (failing.compareTo(period) >= 0) {
            kind = EndpointAlert.Kind.DISABLED;
        } else if (failing.compareTo(period.minus(settings.failingWarning())) >= 0) {
            kind = EndpointAlert.Kind.WARNING;
        } else {
            kind = EndpointAlert.Kind.FAILING;
        }
        if (endpoint.getAlertStage() >= kind.stage() || !take(id, kind)) {
            return Optional.empty();
        }
        if (kind == EndpointAlert.Kind.DISABLED) {
            deliveries.disable(id, failedFor(period), now);
        }
        WebhookIntegration integration = em.find(WebhookIntegration.class, endpoint.getIntegrationId());
        return Optional.of(notice(endpoint, integration, kind, period));
    }

    /** Sends the alert if mail is configured, and records it either way. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void send(Notice notice) {
        boolean sent = false;
        String error = null;
        if (notice.recipients().isEmpty()) {
            error = NO_ADDRESSES;
        } else if (!mailer.configured()) {
            error = MAIL_NOT_CONFIGURED;
        } else {
            try {
                mailer.send(notice.recipients(), notice.subject(), notice.text());
                sent = true;
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Alert about endpoint " + notice.endpoint() + " not sent");
                error = e.getMessage();
            }
        }
        deliveries.recordAlert(new EndpointAlert(notice.endpoint(), notice.kind(), notice.recipients(), sent, error));
    }

    private boolean take(UUID id, EndpointAlert.Kind kind) {
        return em.createNamedQuery(WebhookEndpoint.ALERTED)
                        .setParameter("id", id)
                        .setParameter("stage", kind.stage())
                        .executeUpdate()
                == 1;
    }

    private static Notice gone(WebhookEndpoint endpoint, WebhookIntegration integration) {
        Instant at = endpoint.getDisabledAt().orElseThrow().truncatedTo(ChronoUnit.SECONDS);
        String text = "Koppel disabled the webhook endpoint " + endpoint.getUrl() + " of the integration \""
                + integration.getName() + "\" (team " + endpoint.getTeamId() + "): at " + at
                + " it answered 410 Gone, which says it no longer wants deliveries.\n\nIf that was a mistake,"
                + " re-enable the endpoint in System settings > Integrations > Webhooks; you can replay the events"
                + " it missed.";
        return new Notice(
                endpoint.getId(),
                EndpointAlert.Kind.DISABLED,
                integration.getAlertEmails(),
                "Webhook endpoint disabled: " + integration.getName(),
                text);
    }

    private static Notice notice(
            WebhookEndpoint endpoint, WebhookIntegration integration, EndpointAlert.Kind kind, Duration period) {
        Instant since = endpoint.getFailingSince().orElseThrow().truncatedTo(ChronoUnit.SECONDS);
        String about = "the webhook endpoint " + endpoint.getUrl() + " of the integration \"" + integration.getName()
                + "\" (team " + endpoint.getTeamId() + ")";
        String subject;
        String text;
        switch (kind) {
            case FAILING -> {
                subject = "Webhook deliveries are failing: " + integration.getName();
                text = "Deliveries to " + about + " have been failing since " + since + ".\n\nKoppel keeps retrying."
                        + " If no delivery succeeds for " + readable(period) + ", the endpoint is disabled.";
            }
            case WARNING -> {
                subject = "Webhook endpoint to be disabled soon: " + integration.getName();
                text = "Deliveries to " + about + " have been failing since " + since + ".\n\nUnless one succeeds"
                        + " before " + since.plus(period) + ", the endpoint will be disabled.";
            }
            default -> {
                subject = "Webhook endpoint disabled: " + integration.getName();
                text = "Koppel disabled " + about + ": no delivery succeeded for " + readable(period) + " (since "
                        + since + ").\n\nWhen the receiver works again, re-enable the endpoint in System settings >"
                        + " Integrations > Webhooks; you can replay the events it missed.";
            }
        }
        return new Notice(endpoint.getId(), kind, integration.getAlertEmails(), subject, text);
    }

    /** The reason an endpoint is disabled with when its failing period ends; {@link #FAILED_FOR} reads it. */
    static String failedFor(Duration period) {
        return "Failed without a success for " + readable(period) + ".";
    }

    /** A period as people say it: "5 days", "20 seconds". */
    static String readable(Duration period) {
        if (period.toDays() > 0 && period.equals(Duration.ofDays(period.toDays()))) {
            return period.toDays() + (period.toDays() == 1 ? " day" : " days");
        }
        if (period.toHours() > 0 && period.equals(Duration.ofHours(period.toHours()))) {
            return period.toHours() + (period.toHours() == 1 ? " hour" : " hours");
        }
        return period.toSeconds() + (period.toSeconds() == 1 ? " second" : " seconds");
    }
}
