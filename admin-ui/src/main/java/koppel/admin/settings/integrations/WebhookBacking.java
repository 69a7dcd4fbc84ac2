package koppel.admin.settings.integrations;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import koppel.admin.faces.Messages;
import koppel.common.BusinessException;
import koppel.common.ConflictException;
import koppel.common.Ids;
import koppel.common.NoSuchResourceException;
import koppel.common.PreconditionFailedException;
import koppel.team.boundary.Teams;
import koppel.team.entity.Team;
import koppel.webhook.boundary.DeliveryLog;
import koppel.webhook.boundary.DeliveryStats;
import koppel.webhook.boundary.WebhookEndpoints;
import koppel.webhook.boundary.WebhookIntegrations;
import koppel.webhook.entity.DeliveryAttempt;
import koppel.webhook.entity.EndpointData;
import koppel.webhook.entity.WebhookEndpoint;
import koppel.webhook.entity.WebhookIntegration;
import org.primefaces.PrimeFaces;

/**
 * Backs {@code webhook.xhtml}, one webhook integration: its endpoints in every team with their
 * health, added and edited in a dialog (the secret of a new one shown once), deleted, given a new
 * secret, pinged with the answer shown, disabled after a question, and enabled again with the
 * offer to replay what they missed; and the chart of its deliveries.
 */
@Named
@ViewScoped
public class WebhookBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private WebhookIntegrations integrations;

    @EJB
    private WebhookEndpoints endpoints;

    @EJB
    private DeliveryLog log;

    @EJB
    private DeliveryStats stats;

    @EJB
    private Teams teams;

    @Inject
    private EndpointChecks checks;

    private String id;
    private WebhookIntegration integration;
    private List<WebhookEndpoint> all;
    private List<Team> allTeams;
    private Map<UUID, String> teamNames;
    private DeliveryChart chart;
    private final EndpointForm form = new EndpointForm();
    private final SecretReveal reveal = new SecretReveal();
    private AttemptShown pinged;
    private WebhookEndpoint reEnabled;
    private boolean replay = true;

    /** Loads the integration named by the {@code id} view parameter; an unknown one goes back to the list. */
    public String load() {
        Optional<WebhookIntegration> found = Ids.parse(id).flatMap(integrations::find);
        if (found.isEmpty()) {
            Messages.error("webhooks.notFound");
            Messages.keepForRedirect();
            return "/settings/integrations/webhooks?faces-redirect=true";
        }
        integration = found.get();
        allTeams = teams.list();
        teamNames = allTeams.stream().collect(Collectors.toMap(Team::getId, Team::getName));
        refresh();
        return null;
    }

    private void refresh() {
        all = stats.endpointsOf(integration.getId());
        chart = new DeliveryChart(stats.figuresOfIntegration(integration.getId()));
    }

    public void startAdding() {
        edit(null);
    }

    public void edit(WebhookEndpoint endpoint) {
        form.fill(endpoint);
        PrimeFaces.current().ajax().update("endpointDialog");
        PrimeFaces.current().executeScript("PF('endpoint').show()");
    }

    public void save() {
        if (!checks.pass(form)) {
            return;
        }
        EndpointData data = form.data(integration.getId());
        WebhookEndpoint edited = form.getEndpoint();
        try {
            if (edited == null) {
                reveal.show(endpoints.create(UUID.fromString(form.getTeam()), data));
                Messages.info("endpoints.added", data.url());
            } else {
                endpoints.put(edited.getTeamId(), edited.getId(), data, edited.getVersion());
                Messages.info("endpoints.saved", data.url());
            }
            PrimeFaces.current().executeScript("PF('endpoint').hide()");
            refresh();
        } catch (PreconditionFailedException e) {
            Messages.error("common.changedMeanwhile");
        } catch (BusinessException e) {
            Messages.show(
                    e,
                    Map.of(
                            "url", "endpointForm:url",
                            "description", "endpointForm:description",
                            "event_types", "endpointForm:allEvents",
                            "max_rate", "endpointForm:maxRate"));
        }
    }

    public void delete(WebhookEndpoint endpoint) {
        change(() -> {
            endpoints.delete(endpoint.getTeamId(), endpoint.getId(), endpoint.getVersion());
            Messages.info("endpoints.deleted", endpoint.getUrl());
        });
    }

    public void rotate(WebhookEndpoint endpoint) {
        change(() -> {
            try {
                reveal.show(endpoints.rotateSecret(endpoint.getTeamId(), endpoint.getId()));
                Messages.info("endpoints.rotated", endpoint.getUrl());
            } catch (ConflictException e) {
                Messages.error("endpoints.rotatedTooOften", endpoint.getUrl());
            }
        });
    }

    /** Sends a test event now and shows the receiver's answer, or says that none came back. */
    public void ping(WebhookEndpoint endpoint) {
        change(() -> {
            List<DeliveryAttempt> attempts =
                    log.ping(endpoint.getTeamId(), endpoint.getId()).attempts();
            if (attempts.isEmpty()) {
                Messages.error("ping.noAttempt", endpoint.getUrl());
                return;
            }
            pinged = AttemptShown.of(attempts.get(attempts.size() - 1));
            PrimeFaces.current().ajax().update("pingDialog");
            PrimeFaces.current().executeScript("PF('ping').show()");
        });
    }

    /** Opens the question before enabling a disabled endpoint again, with the replay offered. */
    public void askReEnable(WebhookEndpoint endpoint) {
        reEnabled = endpoint;
        replay = true;
        PrimeFaces.current().ajax().update("reEnableDialog");
        PrimeFaces.current().executeScript("PF('reEnable').show()");
    }

    /** Enables the endpoint; with replay, sends what failed or was missed since it began to fail. */
    public void reEnable() {
        boolean replayed = replay && missedSince(reEnabled).isPresent();
        change(() -> {
            int queued = log.reEnable(reEnabled.getTeamId(), reEnabled.getId(), reEnabled.getVersion(), replayed);
            if (replayed) {
                Messages.info("endpoints.reEnabledReplayed", reEnabled.getUrl(), queued);
            } else {
                Messages.info("endpoints.reEnabled", reEnabled.getUrl());
            }
            PrimeFaces.current().executeScript("PF('reEnable').hide()");
        });
    }

    /** Disables the endpoint (after a question): it receives nothing until it is enabled again. */
    public void disable(WebhookEndpoint endpoint) {
        change(() -> {
            endpoints.put(
                    endpoint.getTeamId(), endpoint.getId(), endpoint.data().withEnabled(false), endpoint.getVersion());
            Messages.info("endpoints.disabled", endpoint.getUrl());
        });
    }

    /**
     * Makes a change to an endpoint, then shows the endpoints as they are now: one deleted or
     * changed by someone else meanwhile is said so, as is any other rule the change broke.
     */
    private void change(Runnable change) {
        try {
            change.run();
        } catch (NoSuchResourceException e) {
            Messages.error("endpoints.notFound");
        } catch (PreconditionFailedException e) {
            Messages.error("common.changedMeanwhile");
        } catch (BusinessException e) {
            Messages.show(e, Map.of());
        }
        refresh();
    }

    /** Since when the endpoint missed deliveries: since it began failing, else since it was disabled. */
    public Optional<Instant> missedSince(WebhookEndpoint endpoint) {
        return endpoint.getFailingSince().or(endpoint::getDisabledAt);
    }

    public String teamName(WebhookEndpoint endpoint) {
        return teamNames.getOrDefault(endpoint.getTeamId(), "");
    }

    /** The tag colour of an endpoint's health. */
    public String severity(WebhookEndpoint endpoint) {
        return switch (endpoint.status()) {
            case ENABLED -> "success";
            case FAILING -> "warning";
            case DISABLED -> "danger";
        };
    }

    public String deleteQuestion(WebhookEndpoint endpoint) {
        return Messages.text("endpoints.deleteConfirm", endpoint.getUrl());
    }

    public String rotateQuestion(WebhookEndpoint endpoint) {
        return Messages.text("endpoints.rotateConfirm", endpoint.getUrl());
    }

    public String disableQuestion(WebhookEndpoint endpoint) {
        return Messages.text("endpoints.disableConfirm", endpoint.getUrl());
    }

    public WebhookIntegration getIntegration() {
        return integration;
    }

    public List<WebhookEndpoint> getAll() {
        return all;
    }

    public List<Team> getAllTeams() {
        return allTeams;
    }

    public DeliveryChart getChart() {
        return chart;
    }

    public EndpointForm getForm() {
        return form;
    }

    public SecretReveal getReveal() {
        return reveal;
    }

    public AttemptShown getPinged() {
        return pinged;
    }

    public WebhookEndpoint getReEnabled() {
        return reEnabled;
    }

    public boolean isReplay() {
        return replay;
    }

    public void setReplay(boolean replay) {
        this.replay = replay;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
