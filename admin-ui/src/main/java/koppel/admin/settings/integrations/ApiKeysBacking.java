package koppel.admin.settings.integrations;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import koppel.admin.faces.Messages;
import koppel.admin.faces.Moments;
import koppel.admin.faces.PagedModel;
import koppel.apikey.boundary.ApiKeys;
import koppel.apikey.boundary.IssuedKey;
import koppel.apikey.boundary.KeyOverview;
import koppel.apikey.entity.Access;
import koppel.apikey.entity.ApiKey;
import koppel.apikey.entity.Grant;
import koppel.apikey.entity.ResourceType;
import koppel.common.BusinessException;
import koppel.common.NoSuchResourceException;
import koppel.team.boundary.Teams;
import koppel.team.entity.Team;
import koppel.ticketing.boundary.TicketingLinks;
import koppel.ticketing.entity.TicketingLink;
import koppel.user.boundary.Users;
import koppel.user.entity.User;
import koppel.webhook.boundary.WebhookIntegrations;
import koppel.webhook.entity.WebhookIntegration;
import org.primefaces.PrimeFaces;

/**
 * Backs {@code api-keys.xhtml}: the keys in use (those of disabled users marked inactive), adding
 * one for a user (shown whole once), deleting one after a question naming it, and a read-only look
 * at a key's teams, expiry, rates and permissions; and the way to the API explorer.
 */
@Named
@ViewScoped
public class ApiKeysBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ApiKeys apiKeys;

    @EJB
    private Users users;

    @EJB
    private TicketingLinks links;

    @EJB
    private Teams teams;

    @EJB
    private WebhookIntegrations integrations;

    @Inject
    private Moments moments;

    private PagedModel<KeyOverview> keys;
    private List<User> owners;
    private Map<UUID, String> linkNames;
    private Map<UUID, String> integrationNames;
    private String newOwner;
    private String newName;
    private final KeyReveal reveal = new KeyReveal();
    private KeyOverview viewed;

    @PostConstruct
    void load() {
        keys = new PagedModel<>(
                apiKeys::list,
                Map.of("owner", "user", "key.name", "name", "key.created", "created"),
                row -> row.key().getId().toString());
        owners = users.listAll().stream().filter(User::isEnabled).toList();
        linkNames = links.list().stream().collect(Collectors.toMap(TicketingLink::getId, TicketingLink::getName));
        integrationNames = integrations.list().stream()
                .collect(Collectors.toMap(WebhookIntegration::getId, WebhookIntegration::getName));
    }

    public void add() {
        try {
            IssuedKey issued = apiKeys.create(UUID.fromString(newOwner), Grant.of(newName, Set.of(), Map.of()));
            reveal.show(issued);
            Messages.info("apiKeys.added", issued.key().getName());
            newName = null;
        } catch (BusinessException e) {
            Messages.show(e, Map.of("name", "keys:table:newName", "user", "keys:table:newOwner"));
        }
    }

    public void delete(KeyOverview row) {
        try {
            apiKeys.delete(row.key().getId());
            Messages.info("apiKeys.deleted", row.key().getName());
        } catch (NoSuchResourceException e) {
            Messages.error("apiKey.notFound");
        }
    }

    /** The question before deleting a key, naming it and its user. */
    public String deleteQuestion(KeyOverview row) {
        return Messages.text("apiKeys.deleteConfirm", row.key().getName(), row.owner());
    }

    /** Why a key is marked inactive: its user is disabled. */
    public String inactiveWhy(KeyOverview row) {
        return Messages.text("apiKeys.inactive.why", row.owner());
    }

    /** The names of the teams the viewed key may act on, or "No team". */
    public String getViewedTeams() {
        List<String> names = viewed.key().getTeams().stream()
                .map(teams::find)
                .flatMap(Optional::stream)
                .map(Team::getName)
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
        return names.isEmpty() ? Messages.text("apiKey.noTeams") : String.join(", ", names);
    }

    public String getViewedExpiry() {
        return viewed.key().getExpiresAt().isPresent()
                ? moments.format(viewed.key().getExpiresAt())
                : Messages.text("apiKey.noExpiry");
    }

    /** A key's own throttle rate, or "Default" when it has none. */
    public String rate(Optional<Integer> own) {
        return own.map(String::valueOf).orElseGet(() -> Messages.text("apiKey.defaultRate"));
    }

    /** The name of the link a key acts for ("None" when it acts for none). */
    public String ticketingLinkOf(ApiKey key) {
        return key.getTicketingLinkId()
                .map(id -> linkNames.computeIfAbsent(
                        id,
                        added -> links.find(added).map(TicketingLink::getName).orElse(null)))
                .orElseGet(() -> Messages.text("common.none"));
    }

    /** The name of the webhook integration a key acts for ("None" when it acts for none). */
    public String webhookIntegrationOf(ApiKey key) {
        return key.getWebhookIntegrationId()
                .map(id -> integrationNames.computeIfAbsent(
                        id,
                        added -> integrations
                                .find(added)
                                .map(WebhookIntegration::getName)
                                .orElse(null)))
                .orElseGet(() -> Messages.text("common.none"));
    }

    /** The API explorer, where integrators read every call and try their key. */
    public String getExplorer() {
        return ApiAddress.docs(ApiAddress.current());
    }

    public List<ResourceType> getResourceTypes() {
        return Arrays.asList(ResourceType.values());
    }

    public Access accessOf(ResourceType type) {
        return viewed == null ? Access.NONE : viewed.key().accessTo(type);
    }

    public PagedModel<KeyOverview> getKeys() {
        return keys;
    }

    public List<User> getOwners() {
        return owners;
    }

    public KeyReveal getReveal() {
        return reveal;
    }

    public String getNewOwner() {
        return newOwner;
    }

    public void setNewOwner(String newOwner) {
        this.newOwner = newOwner;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public KeyOverview getViewed() {
        return viewed;
    }

    public void setViewed(KeyOverview viewed) {
        this.viewed = viewed;
        PrimeFaces.current().executeScript("PF('permissions').show()");
    }
}
