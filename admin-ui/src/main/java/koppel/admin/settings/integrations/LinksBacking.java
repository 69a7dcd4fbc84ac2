package koppel.admin.settings.integrations;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import koppel.admin.faces.Messages;
import koppel.common.BusinessException;
import koppel.common.Ids;
import koppel.common.NoSuchResourceException;
import koppel.external.ConfigField;
import koppel.external.InvalidConfigurationException;
import koppel.ticketing.boundary.Connections;
import koppel.ticketing.boundary.TicketingLinks;
import koppel.ticketing.entity.TicketingLink;
import koppel.ticketing.provider.TicketingProvider;
import koppel.ticketing.provider.TicketingProviders;

/**
 * Backs {@code links.xhtml}, "Links to external systems": add a link by name with the blue "+",
 * choose its provider under "Integration type" to get that provider's configuration fields, and
 * choose the blank type to get the button that deletes the link. Once a type is saved, "Verify"
 * makes a real call to the ticketing system and shows what came of it under the buttons; the rest
 * of the page (teams, runs, events) is {@link LinkSyncBacking}'s.
 */
@Named
@ViewScoped
public class LinksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TicketingLinks links;

    @EJB
    private Connections connections;

    @Inject
    private TicketingProviders providers;

    @Inject
    private LinkSyncBacking sync;

    private List<TicketingLink> all;
    private String newName;
    private String id;
    private TicketingLink selected;
    private String providerId;
    private Map<String, String> values = new HashMap<>();
    /** The last verification's outcome and words; null before the first in this view. */
    private Boolean verified;

    private String verification;

    @PostConstruct
    void loadAll() {
        all = links.list();
    }

    /** Opens the link named by the {@code link} view parameter, if any. */
    public void open() {
        selected = Ids.parse(id).flatMap(links::find).orElse(null);
        if (selected != null) {
            providerId = selected.getProvider().orElse(null);
            values = new HashMap<>(links.visibleConfiguration(selected.getId()));
        }
    }

    public String add() {
        try {
            TicketingLink link = links.create(newName);
            Messages.info("links.added", link.getName());
            Messages.keepForRedirect();
            return "/settings/integrations/links?faces-redirect=true&link=" + link.getId();
        } catch (BusinessException e) {
            Messages.show(e, Map.of("name", "addLink:name"));
            return null;
        }
    }

    /**
     * Saves the type and configuration; the provider's rules speak next to each broken field. The
     * blank type is not saved: a link without one can only be deleted, after a question.
     */
    public void save() {
        if (providerId == null) {
            return;
        }
        try {
            selected = links.configure(selected.getId(), providerId, values);
            values = new HashMap<>(links.visibleConfiguration(selected.getId()));
            all = links.list();
            verified = null;
            verification = null;
            Messages.info("links.saved", selected.getName());
        } catch (InvalidConfigurationException e) {
            List<ConfigField> fields = getFields();
            for (int i = 0; i < fields.size(); i++) {
                ConfigField field = fields.get(i);
                ConfigField.Problem problem = e.getProblems().get(field.name());
                if (problem != null) {
                    Messages.add(
                            "link:fields:" + i + ":" + inputOf(field),
                            FacesMessage.SEVERITY_ERROR,
                            problem == ConfigField.Problem.TOO_LONG
                                    ? Messages.text("error.config.TOO_LONG", field.maxLength())
                                    : Messages.text("error.config." + problem.name()));
                }
            }
        } catch (BusinessException e) {
            Messages.show(e, Map.of("provider", "link:provider"));
        }
    }

    /**
     * Calls the ticketing system with the saved settings (a signed call, which may take seconds) and
     * keeps what came of it for the page; the call is logged among the link's runs.
     */
    public void verify() {
        try {
            Connections.Verification result = connections.verify(selected.getId());
            verified = result.passed();
            verification = result.message();
        } catch (NoSuchResourceException e) {
            Messages.error("links.notFound");
        }
        sync.refreshRuns();
    }

    /** Whether the type chosen is the one saved: only then is there something to verify. */
    public boolean isSaved() {
        return providerId != null
                && selected != null
                && selected.getProvider().filter(providerId::equals).isPresent();
    }

    public Boolean getVerified() {
        return verified;
    }

    public String getVerification() {
        return verification;
    }

    public String delete() {
        try {
            links.delete(selected.getId());
            Messages.info("links.deleted", selected.getName());
        } catch (NoSuchResourceException e) {
            Messages.error("links.notFound");
        }
        Messages.keepForRedirect();
        return "/settings/integrations/links?faces-redirect=true";
    }

    /** The question before deleting, naming the link. */
    public String getDeleteQuestion() {
        return Messages.text("links.deleteConfirm", selected.getName());
    }

    /** The provider's name in the page's language where the bundle has one, else its own. */
    public String providerName(TicketingProvider provider) {
        return Messages.translated("provider." + provider.id(), provider.name());
    }

    /** The field's label in the page's language where the bundle has one, else the provider's. */
    public String label(ConfigField field) {
        return Messages.translated("provider." + providerId + "." + field.name(), field.label());
    }

    /** Which input the page draws for a field: a menu of options, a secret, or text. */
    public String inputOf(ConfigField field) {
        if (field.isChoice()) {
            return "choice";
        }
        return field.isSecret() ? "secret" : "value";
    }

    /** An option of a choice field in the page's language, else the option itself. */
    public String optionLabel(ConfigField field, String option) {
        return Messages.translated("provider." + providerId + "." + field.name() + "." + option, option);
    }

    /** What an empty field stands for: a stored secret, or the field's default. */
    public String placeholder(ConfigField field) {
        if (field.isSecret()) {
            return secretStored(field) ? Messages.text("links.secretStored") : "";
        }
        return field.defaultValue() == null ? "" : field.defaultValue();
    }

    public boolean secretStored(ConfigField field) {
        return selected != null
                && selected.getProvider()
                        .filter(stored -> stored.equals(providerId))
                        .isPresent()
                && selected.getConfiguration().containsKey(field.name());
    }

    public Optional<TicketingProvider> getProvider() {
        return Optional.ofNullable(providerId).flatMap(providers::find);
    }

    public List<ConfigField> getFields() {
        return getProvider().map(TicketingProvider::fields).orElse(List.of());
    }

    public List<TicketingProvider> getProviders() {
        return providers.all();
    }

    public List<TicketingLink> getAll() {
        return all;
    }

    public TicketingLink getSelected() {
        return selected;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getProviderId() {
        return providerId;
    }

    public void setProviderId(String providerId) {
        this.providerId = providerId;
    }

    public Map<String, String> getValues() {
        return values;
    }
}
