package koppel.ticketing.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import koppel.common.InvalidFieldsException;
import koppel.common.NoSuchResourceException;
import koppel.common.control.SecretBox;
import koppel.common.control.UniqueNames;
import koppel.common.control.Validation;
import koppel.ticketing.entity.LinkName;
import koppel.ticketing.entity.TicketingLink;
import koppel.ticketing.provider.ConfigField;
import koppel.ticketing.provider.TicketingProvider;
import koppel.ticketing.provider.TicketingProviders;

/**
 * Links to external ticketing systems, as "System settings > Integrations" manages them: add one by
 * name, choose its provider and fill in what the provider asks for, and delete it once its type is
 * blank again. Secret values are encrypted before they are stored and are never handed out.
 */
@Stateless
public class TicketingLinks {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TicketingProviders providers;

    @Inject
    private SecretBox secrets;

    @Inject
    private Validation validation;

    public static final String NAME_TAKEN = "A link with this name already exists.";

    /** Adds a link; its name (case and surrounding space aside) must not be another link's. */
    public TicketingLink create(String name) {
        LinkName checked = validation.check(new LinkName(name));
        UniqueNames.refuseTaken(em, TicketingLink.class, checked.name(), null, NAME_TAKEN);
        TicketingLink link = new TicketingLink(checked);
        em.persist(link);
        UniqueNames.flush(em, NAME_TAKEN);
        return link;
    }

    public List<TicketingLink> list() {
        return em.createNamedQuery(TicketingLink.ALL, TicketingLink.class).getResultList();
    }

    public Optional<TicketingLink> find(UUID id) {
        return Optional.ofNullable(em.find(TicketingLink.class, id));
    }

    public TicketingLink get(UUID id) {
        return find(id).orElseThrow(() -> new NoSuchResourceException("The link"));
    }

    public TicketingLink rename(UUID id, String name) {
        TicketingLink link = get(id);
        LinkName checked = validation.check(new LinkName(name));
        UniqueNames.refuseTaken(em, TicketingLink.class, checked.name(), id, NAME_TAKEN);
        link.rename(checked);
        UniqueNames.flush(em, NAME_TAKEN);
        return link;
    }

    /**
     * Gives the link a provider (null: the blank type) and that provider's configuration. A secret
     * left blank keeps the value stored before, as long as the provider stays the same; values of
     * fields the provider does not ask for are dropped.
     */
    public TicketingLink configure(UUID id, String providerId, Map<String, String> values) {
        TicketingLink link = get(id);
        if (providerId == null || providerId.isBlank()) {
            link.configure(null, Map.of());
            return link;
        }
        TicketingProvider provider = providers
                .find(providerId)
                .orElseThrow(() -> InvalidFieldsException.of("provider", "No such integration type."));
        boolean sameProvider = link.getProvider().filter(providerId::equals).isPresent();
        Map<String, String> stored = new HashMap<>();
        Map<String, ConfigField.Problem> problems = new LinkedHashMap<>();
        for (ConfigField field : provider.fields()) {
            String value = values.get(field.name());
            boolean keepSecret = field.isSecret()
                    && (value == null || value.isBlank())
                    && sameProvider
                    && link.getConfiguration().containsKey(field.name());
            if (keepSecret) {
                stored.put(field.name(), link.getConfiguration().get(field.name()));
                continue;
            }
            field.problemWith(value).ifPresent(problem -> problems.put(field.name(), problem));
            if (value != null && !value.isBlank()) {
                stored.put(field.name(), field.isSecret() ? secrets.encrypt(value) : value.strip());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        link.configure(provider.id(), stored);
        return link;
    }

    /** The configuration to show: every value but the secrets, which are only said to be set. */
    public Map<String, String> visibleConfiguration(UUID id) {
        TicketingLink link = get(id);
        Map<String, String> visible = new HashMap<>(link.getConfiguration());
        link.getProvider()
                .flatMap(providers::find)
                .ifPresent(provider -> provider.fields().stream()
                        .filter(ConfigField::isSecret)
                        .forEach(field -> visible.remove(field.name())));
        return visible;
    }

    /**
     * Deletes the link; keys that acted for it act for none from then on. (The page offers this
     * only once the link's type is blank again, as a guard against deleting a working link.)
     */
    public void delete(UUID id) {
        em.remove(get(id));
    }
}
