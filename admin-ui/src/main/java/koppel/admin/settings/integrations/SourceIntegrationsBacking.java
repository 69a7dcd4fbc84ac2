package koppel.admin.settings.integrations;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import koppel.admin.faces.Messages;
import koppel.common.BusinessException;
import koppel.common.Ids;
import koppel.common.NoSuchResourceException;
import koppel.source.boundary.SourceConfigurations;
import koppel.source.boundary.SourceIntegrations;
import koppel.source.entity.SourceConfiguration;
import koppel.source.entity.SourceIntegration;
import koppel.team.boundary.Teams;
import koppel.team.entity.Team;
import org.primefaces.PrimeFaces;

/**
 * Backs {@code source-integrations.xhtml}, the integrations made from source configurations: each
 * with its team and status; "Create an integration" asks for the configuration (step 1) and the
 * team it serves, then opens the new integration's page; deleting one asks first.
 */
@Named
@ViewScoped
public class SourceIntegrationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SourceIntegrations integrations;

    @EJB
    private SourceConfigurations configurations;

    @EJB
    private Teams teams;

    private List<SourceIntegration> all;
    private List<Team> allTeams;
    private Map<UUID, String> teamNames;

    private String configurationId;
    private String teamId;

    @PostConstruct
    void load() {
        all = integrations.list();
        allTeams = teams.list();
        teamNames = allTeams.stream().collect(Collectors.toMap(Team::getId, Team::getName));
    }

    public void startCreating() {
        configurationId = null;
        teamId = null;
        PrimeFaces.current().ajax().update("createDialog");
        PrimeFaces.current().executeScript("PF('create').show()");
    }

    /** Makes the integration, inactive, and opens its page for the update types, alerts and activation. */
    public String create() {
        try {
            SourceIntegration created = integrations.create(
                    Ids.parse(configurationId).orElse(null), Ids.parse(teamId).orElse(null));
            Messages.info("sourceIntegrations.added", created.getConfiguration().getName(), teamName(created));
            Messages.keepForRedirect();
            return "/settings/integrations/source-integration?faces-redirect=true&id=" + created.getId();
        } catch (BusinessException e) {
            Messages.show(e, Map.of("configuration", "createForm:configuration", "team", "createForm:team"));
            return null;
        }
    }

    public void delete(SourceIntegration integration) {
        try {
            integrations.delete(integration.getId());
            Messages.info(
                    "sourceIntegrations.deleted", integration.getConfiguration().getName(), teamName(integration));
        } catch (NoSuchResourceException e) {
            Messages.error("sourceIntegrations.notFound");
        }
        load();
    }

    public String deleteQuestion(SourceIntegration integration) {
        return Messages.text(
                "sourceIntegrations.deleteConfirm",
                integration.getConfiguration().getName(),
                teamName(integration));
    }

    public String teamName(SourceIntegration integration) {
        return teamNames.getOrDefault(
                integration.getTeamId(), integration.getTeamId().toString());
    }

    public String status(SourceIntegration integration) {
        return Messages.text("integrationStatus." + integration.getStatus().name());
    }

    /** The tag colour of a status. */
    public String severity(SourceIntegration integration) {
        return switch (integration.getStatus()) {
            case ACTIVE -> "success";
            case INACTIVE -> "warning";
            case DEACTIVATED -> "danger";
        };
    }

    public List<SourceConfiguration> getConfigurations() {
        return configurations.list();
    }

    public List<SourceIntegration> getAll() {
        return all;
    }

    public List<Team> getAllTeams() {
        return allTeams;
    }

    public String getConfigurationId() {
        return configurationId;
    }

    public void setConfigurationId(String configurationId) {
        this.configurationId = configurationId;
    }

    public String getTeamId() {
        return teamId;
    }

    public void setTeamId(String teamId) {
        this.teamId = teamId;
    }
}
