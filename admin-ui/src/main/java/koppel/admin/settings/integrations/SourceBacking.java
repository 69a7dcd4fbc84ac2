package koppel.admin.settings.integrations;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import koppel.admin.faces.Messages;
import koppel.common.BusinessException;
import koppel.common.Ids;
import koppel.external.ConfigField;
import koppel.external.InvalidConfigurationException;
import koppel.source.boundary.Authorizations;
import koppel.source.boundary.SourceConfigurations;
import koppel.source.entity.SourceAuthorization;
import koppel.source.entity.SourceConfiguration;
import koppel.source.type.SourceType;
import org.primefaces.PrimeFaces;

/**
 * Backs the upper half of {@code source.xhtml}, one integration source configuration as step 0 of
 * the seed sets it up: the source type from a drop-down (fixed once saved), a name, the third-party
 * authorization picked in the pop-up "View third-party authorizations", the type's own settings,
 * and Save. Its data types are {@link DataTransfersBacking}'s.
 */
@Named
@ViewScoped
public class SourceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SourceConfigurations configurations;

    @EJB
    private Authorizations authorizations;

    private String id;
    /** The configuration shown; null while a new one is made. */
    private SourceConfiguration configuration;

    private String typeId;
    private String name;
    private UUID authorizationId;
    /** The authorization ticked in the pop-up, before "Select". */
    private SourceAuthorization chosenAuthorization;

    private Map<String, String> values = new HashMap<>();
    private transient List<SourceAuthorization> allAuthorizations;

    /** Opens the configuration named by the {@code id} view parameter; without one, a new configuration. */
    public String load() {
        if (id == null || id.isBlank()) {
            return null;
        }
        Optional<SourceConfiguration> found = Ids.parse(id).flatMap(configurations::find);
        if (found.isEmpty()) {
            Messages.error("sources.notFound");
            Messages.keepForRedirect();
            return "/settings/integrations/sources?faces-redirect=true";
        }
        show(found.get());
        return null;
    }

    /** Shows the configuration as saved; the data types' part calls this after each change. */
    void show(SourceConfiguration shown) {
        configuration = shown;
        typeId = shown.getSourceType();
        name = shown.getName();
        authorizationId =
                shown.getAuthorization().map(SourceAuthorization::getId).orElse(null);
        values = new HashMap<>(configurations.visibleSettings(shown.getId()));
    }

    public void openAuthorizations() {
        allAuthorizations = null;
        chosenAuthorization = getAuthorizations().stream()
                .filter(authorization -> authorization.getId().equals(authorizationId))
                .findFirst()
                .orElse(null);
        PrimeFaces.current().ajax().update("authorizationsDialog");
        PrimeFaces.current().executeScript("PF('authorizations').show()");
    }

    /** Takes the authorization ticked in the pop-up ("Select"); the configuration keeps it once saved. */
    public void selectAuthorization() {
        if (chosenAuthorization == null) {
            Messages.error("source.chooseAuthorization");
            return;
        }
        authorizationId = chosenAuthorization.getId();
        PrimeFaces.current().executeScript("PF('authorizations').hide()");
    }

    public String save() {
        Map<String, String> given = new HashMap<>();
        getFields().forEach(field -> given.put(field.name(), values.get(field.name())));
        try {
            if (configuration == null) {
                SourceConfiguration created = configurations.create(typeId, name, authorizationId, given);
                Messages.info("source.added", created.getName());
                Messages.keepForRedirect();
                return "/settings/integrations/source?faces-redirect=true&id=" + created.getId();
            }
            show(configurations.update(configuration.getId(), name, authorizationId, given));
            Messages.info("source.saved", configuration.getName());
        } catch (InvalidConfigurationException e) {
            ConfigInputs.showProblems(e, getFields(), "source:fields");
        } catch (BusinessException e) {
            Messages.show(
                    e,
                    Map.of(
                            "name", "source:name",
                            "source_type", "source:type",
                            "authorization", "source:authorization"));
        }
        return null;
    }

    /** The name of the authorization taken, or nothing yet. */
    public String getAuthorizationName() {
        return getAuthorizations().stream()
                .filter(authorization -> authorization.getId().equals(authorizationId))
                .map(SourceAuthorization::getName)
                .findFirst()
                .orElse(null);
    }

    public List<SourceAuthorization> getAuthorizations() {
        if (allAuthorizations == null) {
            allAuthorizations = authorizations.list();
        }
        return allAuthorizations;
    }

    public String kindLabel(SourceAuthorization authorization) {
        return Messages.text("authorizationKind." + authorization.getKind().name());
    }

    public List<SourceType> getTypes() {
        return configurations.types();
    }

    public Optional<SourceType> getType() {
        return configurations.types().stream()
                .filter(type -> type.id().equals(typeId))
                .findFirst();
    }

    public List<ConfigField> getFields() {
        return getType().map(SourceType::fields).orElse(List.of());
    }

    public String inputOf(ConfigField field) {
        return ConfigInputs.inputOf(field);
    }

    public String label(ConfigField field) {
        return ConfigInputs.label(field);
    }

    public String placeholder(ConfigField field) {
        return ConfigInputs.placeholder(
                field, configuration != null && configuration.getSettings().containsKey(field.name()));
    }

    public SourceConfiguration getConfiguration() {
        return configuration;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTypeId() {
        return typeId;
    }

    public void setTypeId(String typeId) {
        this.typeId = typeId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public SourceAuthorization getChosenAuthorization() {
        return chosenAuthorization;
    }

    public void setChosenAuthorization(SourceAuthorization chosenAuthorization) {
        this.chosenAuthorization = chosenAuthorization;
    }

    public Map<String, String> getValues() {
        return values;
    }
}
