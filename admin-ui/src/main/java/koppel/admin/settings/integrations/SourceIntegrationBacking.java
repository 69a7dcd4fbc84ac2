package koppel.admin.settings.integrations;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import koppel.admin.faces.Messages;
import koppel.common.BusinessException;
import koppel.common.ConflictException;
import koppel.common.Ids;
import koppel.source.boundary.SourceConfigurations;
import koppel.source.boundary.SourceIntegrations;
import koppel.source.entity.DataTransfer;
import koppel.source.entity.SourceIntegration;
import koppel.source.entity.UpdateType;
import koppel.team.boundary.Teams;
import koppel.team.entity.Team;

/**
 * Backs the set-up half of {@code source-integration.xhtml}, steps 2 to 4 of the seed: per data
 * type the update types taken, the "E-mail alert" addresses (chosen among the users' addresses),
 * Save, and at the bottom Activate or Deactivate. Runs are {@link SourceRunsBacking}'s.
 */
@Named
@ViewScoped
public class SourceIntegrationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SourceIntegrations integrations;

    @EJB
    private SourceConfigurations configurations;

    @EJB
    private Teams teams;

    private String id;
    private SourceIntegration integration;
    private String teamName;
    private final List<UpdateChoice> choices = new ArrayList<>();
    private final List<String> addresses = new ArrayList<>();
    private boolean addingAlert;
    private String newAddress;

    /** Opens the integration named by the {@code id} view parameter; an unknown one goes back to the list. */
    public String load() {
        Optional<SourceIntegration> found = Ids.parse(id).flatMap(integrations::find);
        if (found.isEmpty()) {
            Messages.error("sourceIntegrations.notFound");
            Messages.keepForRedirect();
            return "/settings/integrations/source-integrations?faces-redirect=true";
        }
        show(found.get());
        teamName = teams.find(integration.getTeamId()).map(Team::getName).orElse("–");
        return null;
    }

    private void show(SourceIntegration shown) {
        integration = shown;
        choices.clear();
        for (DataTransfer transfer : shown.getConfiguration().getDataTypes()) {
            Set<UpdateType> taken = EnumSet.noneOf(UpdateType.class);
            shown.subscription(transfer.getDataType()).ifPresent(subscription -> {
                for (UpdateType type : UpdateType.values()) {
                    if (subscription.takes(type)) {
                        taken.add(type);
                    }
                }
            });
            choices.add(new UpdateChoice(
                    transfer.getDataType(),
                    DataTypes.label(configurations, shown.getConfiguration(), transfer.getDataType()),
                    transfer.isActivated(),
                    taken));
        }
        addresses.clear();
        addresses.addAll(shown.getAlertAddresses().stream().sorted().toList());
    }

    /** Reads the integration again, its status changed by a run or an activation. */
    void refresh() {
        integrations.find(integration.getId()).ifPresent(found -> integration = found);
    }

    public void startAddingAlert() {
        addingAlert = true;
        newAddress = null;
    }

    /** Adds the address chosen to the list ("Add"); Save keeps it. */
    public void addAlert() {
        if (newAddress == null || newAddress.isBlank()) {
            Messages.add(
                    "integration:newAddress",
                    FacesMessage.SEVERITY_ERROR,
                    Messages.text("sourceIntegration.chooseAddress"));
            return;
        }
        if (!addresses.contains(newAddress)) {
            addresses.add(newAddress);
        }
        addingAlert = false;
        newAddress = null;
    }

    public void removeAlert(String address) {
        addresses.remove(address);
    }

    /** Saves the update types and the alert addresses ("Save"). */
    public void save() {
        Map<String, Set<UpdateType>> updateTypes = new LinkedHashMap<>();
        choices.forEach(choice -> updateTypes.put(choice.getDataType(), choice.taken()));
        try {
            show(integrations.save(integration.getId(), updateTypes, new LinkedHashSet<>(addresses)));
            Messages.info(
                    "sourceIntegration.saved", integration.getConfiguration().getName());
        } catch (BusinessException e) {
            Messages.show(e, Map.of());
        }
    }

    /** Activates it ("Activate"), refused while no activated data type is taken. */
    public void activate() {
        try {
            integration = integrations.activate(integration.getId());
            Messages.info(
                    "sourceIntegration.activated",
                    integration.getConfiguration().getName());
        } catch (ConflictException e) {
            Messages.error("sourceIntegration.activationRefused");
        } catch (BusinessException e) {
            Messages.show(e, Map.of());
        }
    }

    public void deactivate() {
        try {
            integration = integrations.deactivate(integration.getId());
            Messages.info(
                    "sourceIntegration.deactivated",
                    integration.getConfiguration().getName());
        } catch (BusinessException e) {
            Messages.show(e, Map.of());
        }
    }

    /** The users' addresses not yet alerted. */
    public List<String> getAlertChoices() {
        return integrations.alertChoices().stream()
                .filter(address -> !addresses.contains(address))
                .toList();
    }

    public String getStatus() {
        return Messages.text("integrationStatus." + integration.getStatus().name());
    }

    public String getSeverity() {
        return switch (integration.getStatus()) {
            case ACTIVE -> "success";
            case INACTIVE -> "warning";
            case DEACTIVATED -> "danger";
        };
    }

    public SourceIntegration getIntegration() {
        return integration;
    }

    public String getTeamName() {
        return teamName;
    }

    public List<UpdateChoice> getChoices() {
        return choices;
    }

    public List<String> getAddresses() {
        return addresses;
    }

    public boolean isAddingAlert() {
        return addingAlert;
    }

    public String getNewAddress() {
        return newAddress;
    }

    public void setNewAddress(String newAddress) {
        this.newAddress = newAddress;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
