package koppel.admin.settings.integrations;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import koppel.admin.faces.Messages;
import koppel.admin.faces.Moments;
import koppel.admin.faces.PagedModel;
import koppel.common.BusinessException;
import koppel.common.ForeignResourceException;
import koppel.common.Ids;
import koppel.common.NoSuchResourceException;
import koppel.query.ListQuery;
import koppel.query.Page;
import koppel.webhook.boundary.DeliveryLog;
import koppel.webhook.boundary.DeliveryStats;
import koppel.webhook.boundary.DeliveryView;
import koppel.webhook.boundary.WebhookEndpoints;
import koppel.webhook.entity.EndpointAlert;
import koppel.webhook.entity.WebhookEndpoint;
import org.primefaces.PrimeFaces;

/**
 * Backs {@code webhook-deliveries.xhtml}, one endpoint's delivery log: its deliveries page by page,
 * newest first, filtered by status; a delivery's attempts; sending one again; recovering everything
 * since a moment; the failure e-mails recorded for it; and the chart of its deliveries.
 */
@Named
@ViewScoped
public class DeliveriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private WebhookEndpoints endpoints;

    @EJB
    private DeliveryLog log;

    @EJB
    private DeliveryStats stats;

    @Inject
    private Moments moments;

    private String teamId;
    private String endpointId;
    private UUID team;
    private WebhookEndpoint endpoint;
    /** The status shown: "" for all, else pending, delivered or failed. */
    private String status = "";

    private PagedModel<DeliveryView> deliveries;
    private DeliveryChart chart;
    private List<EndpointAlert> alerts;
    private String viewedType;
    private List<AttemptShown> attempts = List.of();
    private LocalDateTime since;
    /** Whether the endpoint was deleted since the page was opened. */
    private boolean gone;

    /** Loads the endpoint named by the view parameters; an unknown one goes back to the integrations. */
    public String load() {
        try {
            team = Ids.parse(teamId).orElseThrow(() -> new NoSuchResourceException("The team"));
            endpoint = endpoints.get(
                    team, Ids.parse(endpointId).orElseThrow(() -> new NoSuchResourceException("The endpoint")));
        } catch (NoSuchResourceException | ForeignResourceException e) {
            // another team's endpoint, named in an edited address, is not shown either
            Messages.error("endpoints.notFound");
            Messages.keepForRedirect();
            return "/settings/integrations/webhooks?faces-redirect=true";
        }
        deliveries = new PagedModel<>(
                this::page,
                Map.of("created", "created"),
                row -> row.delivery().getId().toString());
        since = endpoint.getFailingSince()
                .or(endpoint::getDisabledAt)
                .map(at -> LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                .orElse(null);
        refresh();
        return null;
    }

    /**
     * One page of the table; none once the endpoint is gone, which the table's empty message then
     * says (the growl is rendered before the table loads).
     */
    private Page<DeliveryView> page(ListQuery query) {
        Map<String, String> filters = new HashMap<>(query.filters());
        if (!status.isEmpty()) {
            filters.put("status", status);
        }
        try {
            return log.list(
                    team, endpoint.getId(), new ListQuery(query.offset(), query.limit(), query.ordering(), filters));
        } catch (NoSuchResourceException e) {
            gone = true;
            return new Page<>(0, List.of(), query.offset(), query.limit());
        }
    }

    /** Reloads the health, chart and alerts; false (and said so) when the endpoint was deleted meanwhile. */
    private boolean refresh() {
        try {
            endpoint = endpoints.get(team, endpoint.getId());
            chart = new DeliveryChart(stats.figuresOfEndpoint(team, endpoint.getId()));
            alerts = stats.alerts(team, endpoint.getId());
            return true;
        } catch (NoSuchResourceException e) {
            gone = true;
            Messages.error("endpoints.notFound");
            return false;
        }
    }

    /**
     * Does something to the endpoint's deliveries, then reloads: a broken rule is shown (next to
     * its field where the page has it), a delivery gone is said so, and so is the endpoint gone.
     */
    private void act(Runnable action, Map<String, String> clientIdsByField) {
        boolean missing = false;
        try {
            action.run();
        } catch (NoSuchResourceException e) {
            missing = true; // the delivery, or the whole endpoint: refresh tells which
        } catch (BusinessException e) {
            Messages.show(e, clientIdsByField);
        }
        if (refresh() && missing) {
            Messages.error("deliveries.notFound");
        }
    }

    /** Shows a delivery's attempts, oldest first. */
    public void view(DeliveryView row) {
        act(
                () -> {
                    DeliveryView full =
                            log.get(team, endpoint.getId(), row.delivery().getId());
                    viewedType = full.event() == null ? "" : full.event().getType();
                    attempts = full.attempts().stream().map(AttemptShown::of).toList();
                    PrimeFaces.current().ajax().update("attemptsDialog");
                    PrimeFaces.current().executeScript("PF('attempts').show()");
                },
                Map.of());
    }

    public void resend(DeliveryView row) {
        act(
                () -> {
                    log.retry(team, endpoint.getId(), row.delivery().getId());
                    Messages.info("deliveries.resent");
                },
                Map.of());
    }

    public void recover() {
        act(
                () -> {
                    Instant from = since == null ? null : since.toInstant(ZoneOffset.UTC);
                    Messages.info("deliveries.recovered", log.recover(team, endpoint.getId(), from));
                },
                Map.of("since", "recover:since"));
    }

    /** Reloads the health, chart and alerts (the table reloads itself). */
    public void reload() {
        refresh();
    }

    public String severity(DeliveryView row) {
        return switch (row.delivery().getStatus()) {
            case PENDING -> "info";
            case DELIVERED -> "success";
            case FAILED -> "danger";
        };
    }

    public String endpointSeverity() {
        return switch (endpoint.status()) {
            case ENABLED -> "success";
            case FAILING -> "warning";
            case DISABLED -> "danger";
        };
    }

    /** A moment as every page shows it. */
    public String when(Instant at) {
        return moments.format(Optional.ofNullable(at));
    }

    public String recipients(EndpointAlert alert) {
        return String.join(", ", alert.getRecipients());
    }

    /** What started an attempt, in the page's language (the name itself for one the bundle does not know). */
    public String trigger(AttemptShown attempt) {
        return Messages.translated("trigger." + attempt.trigger(), attempt.trigger());
    }

    public String getRecoverQuestion() {
        return Messages.text("deliveries.recoverConfirm", endpoint.getUrl());
    }

    public boolean isGone() {
        return gone;
    }

    public WebhookEndpoint getEndpoint() {
        return endpoint;
    }

    public PagedModel<DeliveryView> getDeliveries() {
        return deliveries;
    }

    public DeliveryChart getChart() {
        return chart;
    }

    public List<EndpointAlert> getAlerts() {
        return alerts;
    }

    public List<AttemptShown> getAttempts() {
        return attempts;
    }

    public String getViewedType() {
        return viewedType;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null ? "" : status;
    }

    public LocalDateTime getSince() {
        return since;
    }

    public void setSince(LocalDateTime since) {
        this.since = since;
    }

    public String getTeamId() {
        return teamId;
    }

    public void setTeamId(String teamId) {
        this.teamId = teamId;
    }

    public String getEndpointId() {
        return endpointId;
    }

    public void setEndpointId(String endpointId) {
        this.endpointId = endpointId;
    }
}
