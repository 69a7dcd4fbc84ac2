package koppel.ticketing.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import koppel.common.InvalidFieldsException;
import koppel.common.NoSuchResourceException;
import koppel.common.control.UniqueNames;
import koppel.common.control.Validation;
import koppel.external.ConfigField;
import koppel.external.Configurations;
import koppel.external.InvalidConfigurationException;
import koppel.session.entity.SessionGroup;
import koppel.team.entity.Team;
import koppel.ticketing.entity.LinkName;
import koppel.ticketing.entity.TicketingLink;
import koppel.ticketing.provider.TicketingProvider;
import koppel.ticketing.provider.TicketingProviders;

/**
 * Links to external ticketing systems, as "System settings > Integrations" manages them: add one by
 * name, choose its provider and fill in what the provider asks for (addresses inside the network
 * are refused, as for webhooks), choose the teams it serves, and delete it once its type is blank
 * again. Secret values are encrypted before they are stored and are never handed out.
 */
@Stateless
public class TicketingLinks {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TicketingProviders providers;

    @Inject
    private Configurations configurations;

    @Inject
    private Validation validation;

    @EJB
    private Pulls pulls;

    @Inject
    private TicketingQueue queue;

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
        Configurations.Checked checked =
                configurations.check(provider.fields(), values, sameProvider ? link.getConfiguration() : Map.of());
        Map<String, String> stored = checked.stored();
        Map<String, ConfigField.Problem> problems = new LinkedHashMap<>(checked.problems());
        provider.problems(stored).forEach(problems::putIfAbsent);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        link.configure(provider.id(), stored);
        pulls.reconcile(link.getId(), false);
        return link;
    }

    /**
     * Serves these teams from now on: session groups on sale in them are pushed through this link.
     * A team another link serves is refused (one link per team).
     */
    public TicketingLink serve(UUID id, Set<UUID> teams) {
        TicketingLink link = get(id);
        for (UUID team : teams) {
            if (em.find(Team.class, team) == null) {
                throw InvalidFieldsException.of("teams", "No such team: " + team + ".");
            }
        }
        List<UUID> taken = em.createNamedQuery(TicketingLink.TEAMS_TAKEN, UUID.class)
                .setParameter("link", id)
                .getResultList();
        for (UUID team : teams) {
            if (taken.contains(team)) {
                throw InvalidFieldsException.of(
                        "teams", "The team " + em.find(Team.class, team).getName() + " is served by another link.");
            }
        }
        link.serve(teams);
        em.flush();
        pulls.reconcile(id, false);
        return link;
    }

    /** The session groups that have an event through this link, as their {@code ticketing} shows it. */
    public List<SessionGroup> sessionGroups(UUID id, int max) {
        return em.createQuery(
                        "select g from SessionGroup g where g.ticketingLink = :link order by g.title, g.id",
                        SessionGroup.class)
                .setParameter("link", id)
                .setMaxResults(max)
                .getResultList();
    }

    /** Asks for the link's sales to be pulled now, and for its failed pushes to go again. */
    public void syncNow(UUID id) {
        queue.pull(get(id).getId(), Puller.MANUAL);
    }

    /** The teams no other link serves: those this link may serve. */
    public List<Team> servable(UUID id) {
        List<UUID> taken = em.createNamedQuery(TicketingLink.TEAMS_TAKEN, UUID.class)
                .setParameter("link", id)
                .getResultList();
        return em.createQuery("select t from Team t order by t.name, t.id", Team.class)
                .getResultStream()
                .filter(team -> !taken.contains(team.getId()))
                .toList();
    }

    /** The configuration to show: every value but the secrets, which are only said to be set. */
    public Map<String, String> visibleConfiguration(UUID id) {
        TicketingLink link = get(id);
        return link.getProvider()
                .flatMap(providers::find)
                .map(provider -> Configurations.visible(provider.fields(), link.getConfiguration()))
                .orElseGet(link::getConfiguration);
    }

    /**
     * Deletes the link; keys that acted for it act for none from then on. (The page offers this
     * only once the link's type is blank again, as a guard against deleting a working link.)
     */
    public void delete(UUID id) {
        em.remove(get(id));
    }
}
