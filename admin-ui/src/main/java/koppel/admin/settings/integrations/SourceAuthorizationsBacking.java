package koppel.admin.settings.integrations;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import koppel.admin.faces.Messages;
import koppel.common.BusinessException;
import koppel.common.ConflictException;
import koppel.common.NoSuchResourceException;
import koppel.external.ConfigField;
import koppel.external.InvalidConfigurationException;
import koppel.source.boundary.Authorizations;
import koppel.source.entity.AuthorizationKind;
import koppel.source.entity.SourceAuthorization;
import org.primefaces.PrimeFaces;

/**
 * Backs {@code source-authorizations.xhtml}, the third-party authorizations ("autorisations service
 * tiers") that source configurations call their service with: listed, added and edited in one
 * dialog (a name, a kind and the kind's fields; a stored secret is never shown and kept when left
 * blank), deleted after a question unless a configuration uses them.
 */
@Named
@ViewScoped
public class SourceAuthorizationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Authorizations authorizations;

    private List<SourceAuthorization> all;
    /** The authorization in the dialog; null while adding one. */
    private SourceAuthorization edited;

    private String name;
    private AuthorizationKind kind = AuthorizationKind.OAUTH2_CLIENT_CREDENTIALS;
    private Map<String, String> values = new HashMap<>();

    @PostConstruct
    void load() {
        all = authorizations.list();
    }

    public void startAdding() {
        edit(null);
    }

    /** Opens the dialog with this authorization's name, kind and values but its secrets. */
    public void edit(SourceAuthorization authorization) {
        edited = authorization;
        name = authorization == null ? null : authorization.getName();
        kind = authorization == null ? AuthorizationKind.OAUTH2_CLIENT_CREDENTIALS : authorization.getKind();
        try {
            values = authorization == null
                    ? new HashMap<>()
                    : new HashMap<>(authorizations.visibleSettings(authorization.getId()));
        } catch (NoSuchResourceException e) {
            Messages.error("sourceAuthorizations.notFound");
            load();
            return;
        }
        PrimeFaces.current().ajax().update("authorizationDialog");
        PrimeFaces.current().executeScript("PF('authorization').show()");
    }

    public void save() {
        Map<String, String> given = new HashMap<>();
        getFields().forEach(field -> given.put(field.name(), values.get(field.name())));
        try {
            SourceAuthorization saved = edited == null
                    ? authorizations.create(name, kind, given)
                    : authorizations.update(edited.getId(), name, kind, given);
            Messages.info(
                    edited == null ? "sourceAuthorizations.added" : "sourceAuthorizations.saved", saved.getName());
            PrimeFaces.current().executeScript("PF('authorization').hide()");
            load();
        } catch (InvalidConfigurationException e) {
            ConfigInputs.showProblems(e, getFields(), "authorizationForm:fields");
        } catch (BusinessException e) {
            Messages.show(e, Map.of("name", "authorizationForm:name"));
        }
    }

    /** Deletes it; a configuration that uses it keeps it, and the page says so. */
    public void delete(SourceAuthorization authorization) {
        try {
            authorizations.delete(authorization.getId());
            Messages.info("sourceAuthorizations.deleted", authorization.getName());
        } catch (ConflictException e) {
            Messages.error("sourceAuthorizations.inUse", authorization.getName());
        } catch (NoSuchResourceException e) {
            Messages.error("sourceAuthorizations.notFound");
        }
        load();
    }

    public String deleteQuestion(SourceAuthorization authorization) {
        return Messages.text("sourceAuthorizations.deleteConfirm", authorization.getName());
    }

    public String kindLabel(AuthorizationKind value) {
        return Messages.text("authorizationKind." + value.name());
    }

    public AuthorizationKind[] getKinds() {
        return AuthorizationKind.values();
    }

    public List<ConfigField> getFields() {
        return kind == null ? List.of() : Authorizations.fields(kind);
    }

    public String inputOf(ConfigField field) {
        return ConfigInputs.inputOf(field);
    }

    public String label(ConfigField field) {
        return ConfigInputs.label(field);
    }

    public String placeholder(ConfigField field) {
        return ConfigInputs.placeholder(field, secretStored(field));
    }

    /** Whether a secret is stored for the field: only while the kind stays the one saved. */
    private boolean secretStored(ConfigField field) {
        return edited != null
                && edited.getKind() == kind
                && edited.getSettings().containsKey(field.name());
    }

    public List<SourceAuthorization> getAll() {
        return all;
    }

    public SourceAuthorization getEdited() {
        return edited;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AuthorizationKind getKind() {
        return kind;
    }

    public void setKind(AuthorizationKind kind) {
        this.kind = kind;
    }

    public Map<String, String> getValues() {
        return values;
    }
}
