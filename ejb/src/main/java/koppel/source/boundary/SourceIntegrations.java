package koppel.source.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import koppel.common.ConflictException;
import koppel.common.InvalidFieldsException;
import koppel.common.NoSuchResourceException;
import koppel.source.entity.DataTransfer;
import koppel.source.entity.RecordKey;
import koppel.source.entity.SourceChange;
import koppel.source.entity.SourceConfiguration;
import koppel.source.entity.SourceIntegration;
import koppel.source.entity.SourceRun;
import koppel.source.entity.Subscription;
import koppel.source.entity.UpdateType;
import koppel.team.entity.Team;

/**
 * Integrations (steps 1 to 4 of the seed): made from a source configuration for one team; per data
 * type the update types taken; the addresses alerted when it deactivates itself, chosen among the
 * users' e-mail addresses; activated at the end. Also what its page shows and starts: runs, Run
 * now, the dry run.
 */
@Stateless
public class SourceIntegrations {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SourceConfigurations configurations;

    @Inject
    private SourceQueue queue;

    @EJB
    private Syncs syncs;

    public List<SourceIntegration> list() {
        return em.createNamedQuery(SourceIntegration.ALL, SourceIntegration.class)
                .getResultList();
    }

    public Optional<SourceIntegration> find(UUID id) {
        return Optional.ofNullable(em.find(SourceIntegration.class, id));
    }

    public SourceIntegration get(UUID id) {
        return find(id).orElseThrow(() -> new NoSuchResourceException("The integration"));
    }

    /** Makes an integration ("Créer une intégration"), inactive, taking every update type of every activated data type. */
    public SourceIntegration create(UUID configurationId, UUID teamId) {
        if (configurationId == null) {
            throw InvalidFieldsException.of("configuration", "Choose an integration configuration.");
        }
        SourceConfiguration configuration = configurations
                .find(configurationId)
                .orElseThrow(() -> InvalidFieldsException.of("configuration", "No such source configuration."));
        if (teamId == null || em.find(Team.class, teamId) == null) {
            throw InvalidFieldsException.of("team", "Choose the team the integration serves.");
        }
        long taken = em.createQuery(
                        "select count(i) from SourceIntegration i where i.configuration = :configuration and i.teamId = :team",
                        Long.class)
                .setParameter("configuration", configuration)
                .setParameter("team", teamId)
                .getSingleResult();
        if (taken > 0) {
            throw InvalidFieldsException.of("team", "An integration of this configuration serves this team already.");
        }
        SourceIntegration integration = new SourceIntegration(configuration, teamId);
        for (DataTransfer transfer : configuration.getDataTypes()) {
            integration.subscribe(transfer.getDataType(), true, true, true);
        }
        em.persist(integration);
        em.flush();
        return integration;
    }

    /**
     * Saves the update types taken per data type and the alert addresses ("Sauvegarder"). Every
     * address must be a user's.
     */
    public SourceIntegration save(UUID id, Map<String, Set<UpdateType>> updateTypes, Set<String> alertAddresses) {
        SourceIntegration integration = get(id);
        for (String dataType : updateTypes.keySet()) {
            if (integration.getConfiguration().dataType(dataType).isEmpty()) {
                throw InvalidFieldsException.of("update_types", "The configuration transfers no " + dataType + ".");
            }
        }
        List<String> known = alertChoices();
        for (String address : alertAddresses) {
            if (!known.contains(address)) {
                throw InvalidFieldsException.of(
                        "alert_addresses", "Choose the addresses among the users' e-mail addresses.");
            }
        }
        updateTypes.forEach((dataType, types) -> integration.subscribe(
                dataType,
                types.contains(UpdateType.CREATED),
                types.contains(UpdateType.UPDATED),
                types.contains(UpdateType.DELETED)));
        integration.alert(alertAddresses);
        return integration;
    }

    /**
     * Activates it ("Activer"): refused while none of its data types is activated in the
     * configuration or it takes no update type. The first activation starts the full initial sync;
     * a later one sends the changes kept meanwhile and pulls.
     */
    public SourceIntegration activate(UUID id) {
        SourceIntegration integration = get(id);
        boolean any = integration.getSubscriptions().stream()
                .anyMatch(subscription -> takesAny(subscription)
                        && integration
                                .getConfiguration()
                                .dataType(subscription.getDataType())
                                .filter(DataTransfer::isActivated)
                                .isPresent());
        if (!any) {
            throw new ConflictException("Activate a data type of the configuration (its field mapping) and choose an"
                    + " update type first.");
        }
        Instant now = Instant.now();
        integration.activate(now);
        for (RecordKey key : em.createNamedQuery(SourceChange.OF_INTEGRATION, RecordKey.class)
                .setParameter("integration", id)
                .getResultList()) {
            em.find(SourceChange.class, key).dueNow(now);
        }
        // the pull sends what waits when it is done
        queue.pull(id, Syncs.ACTIVATION);
        return integration;
    }

    public SourceIntegration deactivate(UUID id) {
        SourceIntegration integration = get(id);
        integration.deactivate();
        return integration;
    }

    public void delete(UUID id) {
        em.remove(get(id));
    }

    /** Pulls the third party's changes now ("Exécuter maintenant"), and sends what waits. */
    public void runNow(UUID id) {
        if (!get(id).isActive()) {
            throw new ConflictException("Activate the integration first.");
        }
        queue.pull(id, Syncs.MANUAL);
    }

    /** Reads what a pull would change, changing nothing; the run lists it. */
    public SourceRun dryRun(UUID id) {
        get(id);
        return run(syncs.dryRun(id)).orElseThrow();
    }

    /** The integration's runs, newest first. */
    public List<SourceRun> runs(UUID id, int max) {
        return em.createNamedQuery(SourceRun.OF_INTEGRATION, SourceRun.class)
                .setParameter("integration", id)
                .setMaxResults(max)
                .getResultList();
    }

    /** A run with its entries. */
    public Optional<SourceRun> run(UUID runId) {
        return em.createQuery("select r from SourceRun r left join fetch r.entries where r.id = :id", SourceRun.class)
                .setParameter("id", runId)
                .getResultStream()
                .findFirst();
    }

    /** How many Koppel changes wait to be sent. */
    public long pending(UUID id) {
        return em.createQuery(
                        "select count(c) from SourceChange c where c.key.integrationId = :integration", Long.class)
                .setParameter("integration", id)
                .getSingleResult();
    }

    /** The addresses an alert may go to: the users' e-mail addresses. */
    public List<String> alertChoices() {
        return em.createQuery(
                        "select distinct u.email from User u where u.email is not null order by u.email", String.class)
                .getResultList();
    }

    private static boolean takesAny(Subscription subscription) {
        return subscription.isCreated() || subscription.isUpdated() || subscription.isDeleted();
    }
}
