package koppel.admin.settings.integrations;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import koppel.admin.faces.Messages;
import koppel.apikey.boundary.ApiKeys;
import koppel.apikey.boundary.KeyOverview;
import koppel.apikey.entity.Access;
import koppel.apikey.entity.ApiKey;
import koppel.apikey.entity.Grant;
import koppel.apikey.entity.ResourceType;
import koppel.common.BusinessException;
import koppel.common.Ids;
import koppel.common.NoSuchResourceException;
import koppel.common.PreconditionFailedException;
import koppel.team.boundary.Teams;
import koppel.team.entity.Team;
import koppel.ticketing.boundary.TicketingLinks;
import koppel.ticketing.entity.TicketingLink;
import koppel.webhook.boundary.WebhookIntegrations;
import koppel.webhook.entity.WebhookIntegration;

/**
 * Backs {@code api-key.xhtml}: one key's name, description, teams, permissions, expiry, throttle
 * rates, the ticketing link and webhook integration it acts for, and rolling it to a new secret
 * with a grace period for the old one.
 */
@Named
@ViewScoped
public class ApiKeyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The grace periods offered when rolling, in hours (0: the old key stops at once). */
    private static final List<Integer> GRACE_HOURS = List.of(0, 1, 24, 24 * 7, 24 * 30);

    @EJB
    private ApiKeys apiKeys;

    @EJB
    private Teams teams;

    @EJB
    private TicketingLinks links;

    @EJB
    private WebhookIntegrations integrations;

    private String id;
    private KeyOverview overview;
    private String name;
    private String description;
    private List<String> teamIds = new ArrayList<>();
    /** Access by resource type, both as the API names them ("clients" to "read"). */
    private final Map<String, String> permissions = new HashMap<>();

    private LocalDateTime expiresAt;
    private Long ratePerSecond;
    private Long ratePerDay;
    private String ticketingLink;
    private String webhookIntegration;
    private int graceHours = 24;
    private final KeyReveal reveal = new KeyReveal();
    private List<Team> allTeams;
    private List<TicketingLink> allLinks;
    private List<WebhookIntegration> allIntegrations;

    /** Loads the key named by the {@code id} view parameter; an unknown one goes back to the list. */
    public String load() {
        Optional<KeyOverview> found = Ids.parse(id).flatMap(apiKeys::overview);
        if (found.isEmpty()) {
            Messages.error("apiKey.notFound");
            Messages.keepForRedirect();
            return "/settings/integrations/api-keys?faces-redirect=true";
        }
        overview = found.get();
        ApiKey key = overview.key();
        name = key.getName();
        description = key.getDescription().orElse(null);
        teamIds = key.getTeams().stream().map(UUID::toString).collect(Collectors.toCollection(ArrayList::new));
        Arrays.stream(ResourceType.values())
                .forEach(type ->
                        permissions.put(type.apiName(), key.accessTo(type).apiName()));
        expiresAt = key.getExpiresAt()
                .map(at -> LocalDateTime.ofInstant(at, ZoneOffset.UTC))
                .orElse(null);
        ratePerSecond = key.getRatePerSecond().map(Integer::longValue).orElse(null);
        ratePerDay = key.getRatePerDay().map(Integer::longValue).orElse(null);
        ticketingLink = key.getTicketingLinkId().map(UUID::toString).orElse(null);
        webhookIntegration = key.getWebhookIntegrationId().map(UUID::toString).orElse(null);
        allTeams = teams.list();
        allLinks = links.list();
        allIntegrations = integrations.list();
        return null;
    }

    public void save() {
        UUID keyId = overview.key().getId();
        try {
            Grant grant = new Grant(
                    name,
                    description,
                    teamIds.stream().map(UUID::fromString).collect(Collectors.toSet()),
                    grantedPermissions(),
                    expiresAt == null ? null : expiresAt.toInstant(ZoneOffset.UTC),
                    ratePerSecond,
                    ratePerDay);
            apiKeys.change(
                    keyId,
                    grant,
                    ticketingLink == null ? null : UUID.fromString(ticketingLink),
                    webhookIntegration == null ? null : UUID.fromString(webhookIntegration),
                    overview.key().getVersion());
            overview = apiKeys.overview(keyId).orElseThrow();
            Messages.info("apiKey.saved", name);
        } catch (NoSuchResourceException e) {
            Messages.error("apiKey.notFound");
        } catch (PreconditionFailedException e) {
            Messages.error("common.changedMeanwhile");
        } catch (BusinessException e) {
            Messages.show(
                    e,
                    Map.of(
                            "name", "key:name",
                            "description", "key:description",
                            "teams", "key:teams",
                            "rate_per_second", "key:ratePerSecond",
                            "rate_per_day", "key:ratePerDay",
                            "ticketing_link", "key:ticketingLink",
                            "webhook_integration", "key:webhookIntegration"));
        }
    }

    public void roll() {
        try {
            reveal.show(apiKeys.roll(overview.key().getId(), Duration.ofHours(graceHours)));
            overview = apiKeys.overview(overview.key().getId()).orElseThrow();
            Messages.info("apiKey.rolled", name);
        } catch (NoSuchResourceException e) {
            Messages.error("apiKey.notFound");
        }
    }

    /** The question before rolling: the key's name and the grace period chosen for the old secret. */
    public String getRollQuestion() {
        return graceHours == 0
                ? Messages.text("apiKey.roll.confirmNow", overview.key().getName())
                : Messages.text("apiKey.roll.confirm", overview.key().getName(), Messages.text("grace." + graceHours));
    }

    public boolean expired() {
        return overview.key()
                .getExpiresAt()
                .filter(at -> !at.isAfter(Instant.now()))
                .isPresent();
    }

    public List<ResourceType> getResourceTypes() {
        return Arrays.asList(ResourceType.values());
    }

    public List<Access> getAccessLevels() {
        return Arrays.asList(Access.values());
    }

    /** The levels the matrix offers for a type: teams are read or write (every key reads its teams). */
    public List<Access> accessLevels(ResourceType type) {
        return type == ResourceType.TEAMS ? List.of(Access.READ, Access.WRITE) : getAccessLevels();
    }

    public List<Integer> getGraceHours() {
        return GRACE_HOURS;
    }

    private Map<ResourceType, Access> grantedPermissions() {
        Map<ResourceType, Access> granted = new EnumMap<>(ResourceType.class);
        permissions.forEach((type, access) -> granted.put(
                ResourceType.byApiName(type).orElseThrow(),
                Access.byApiName(access).orElse(Access.NONE)));
        return granted;
    }

    public Map<String, String> getPermissions() {
        return permissions;
    }

    public KeyOverview getOverview() {
        return overview;
    }

    public KeyReveal getReveal() {
        return reveal;
    }

    public List<Team> getAllTeams() {
        return allTeams;
    }

    public List<TicketingLink> getAllLinks() {
        return allLinks;
    }

    public List<WebhookIntegration> getAllIntegrations() {
        return allIntegrations;
    }

    public String getWebhookIntegration() {
        return webhookIntegration;
    }

    public void setWebhookIntegration(String webhookIntegration) {
        this.webhookIntegration = webhookIntegration;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
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

    public List<String> getTeamIds() {
        return teamIds;
    }

    public void setTeamIds(List<String> teamIds) {
        this.teamIds = teamIds;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(LocalDateTime expiresAt) {
        this.expiresAt = expiresAt;
    }

    public Long getRatePerSecond() {
        return ratePerSecond;
    }

    public void setRatePerSecond(Long ratePerSecond) {
        this.ratePerSecond = ratePerSecond;
    }

    public Long getRatePerDay() {
        return ratePerDay;
    }

    public void setRatePerDay(Long ratePerDay) {
        this.ratePerDay = ratePerDay;
    }

    public String getTicketingLink() {
        return ticketingLink;
    }

    public void setTicketingLink(String ticketingLink) {
        this.ticketingLink = ticketingLink;
    }

    public int getGraceHoursChosen() {
        return graceHours;
    }

    public void setGraceHoursChosen(int graceHours) {
        this.graceHours = graceHours;
    }
}
