package koppel.admin.settings.integrations;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import koppel.admin.layout.Messages;
import koppel.admin.layout.PagedModel;
import koppel.apikey.boundary.ApiKeys;
import koppel.apikey.boundary.IssuedKey;
import koppel.apikey.boundary.KeyOverview;
import koppel.apikey.entity.Access;
import koppel.apikey.entity.ApiKey;
import koppel.apikey.entity.Grant;
import koppel.apikey.entity.ResourceType;
import koppel.common.BusinessException;
import koppel.common.NoSuchResourceException;
import koppel.ticketing.boundary.TicketingLinks;
import koppel.ticketing.entity.TicketingLink;
import koppel.user.boundary.Users;
import koppel.user.entity.User;
import org.primefaces.PrimeFaces;

/**
 * Backs {@code api-keys.xhtml}: the keys in use, adding one for a user (shown whole once), deleting
 * one, and a read-only look at a key's permissions.
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

    private PagedModel<KeyOverview> keys;
    private List<User> owners;
    private Map<UUID, String> linkNames;
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

    /** The name of the link a key acts for ("None" when it acts for none). */
    public String clientOf(ApiKey key) {
        return key.getTicketingLinkId()
                .map(id -> linkNames.computeIfAbsent(
                        id,
                        added -> links.find(added).map(TicketingLink::getName).orElse(null)))
                .orElseGet(() -> Messages.text("common.none"));
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
