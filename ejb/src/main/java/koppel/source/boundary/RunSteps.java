package koppel.source.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import koppel.source.control.SourceSettings;
import koppel.source.entity.DataTransfer;
import koppel.source.entity.SourceChange;
import koppel.source.entity.SourceIntegration;
import koppel.source.entity.SourceRun;
import koppel.source.entity.Subscription;
import koppel.source.entity.UpdateType;
import koppel.source.type.SourceConnection;
import koppel.team.entity.Team;

/**
 * The transactions around a run: claiming the integration (one run at a time, on every instance),
 * the connection it uses, and at the end the run logged and the integration told how it went
 * (after too many failures in a row it deactivates itself).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RunSteps {

    /** How a run ended for the integration. */
    public enum Ending {
        SUCCEEDED,
        FAILED,
        /** Failed once too often: the integration deactivated itself. */
        DEACTIVATED,
        /** The third party's request limit: pulls wait, and it counts as no failure. */
        PAUSED
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SourceSettings settings;

    @EJB
    private SourceConfigurations configurations;

    /**
     * Claims an active integration for a run: what it works from; empty when inactive or another
     * run holds it. A pull that finds it held is not lost: it is due as soon as the holder lets go.
     */
    public Optional<SyncJob> claim(UUID id, boolean pull) {
        SourceIntegration integration = em.find(SourceIntegration.class, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (integration == null || !integration.isActive()) {
            return Optional.empty();
        }
        if (!integration.claim(now, now.plus(settings.claimLength()))) {
            if (pull) {
                integration.pullSoon(now);
            }
            return Optional.empty();
        }
        return Optional.of(job(integration));
    }

    /** What a dry run works from, whatever the integration's status. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SyncJob> look(UUID id) {
        return Optional.ofNullable(em.find(SourceIntegration.class, id)).map(RunSteps::job);
    }

    private static SyncJob job(SourceIntegration integration) {
        List<SyncJob.Transfer> transfers = new ArrayList<>();
        for (Subscription subscription : integration.getSubscriptions()) {
            Optional<DataTransfer> transfer = integration
                    .getConfiguration()
                    .dataType(subscription.getDataType())
                    .filter(DataTransfer::isActivated);
            Set<UpdateType> types = EnumSet.noneOf(UpdateType.class);
            for (UpdateType type : UpdateType.values()) {
                if (subscription.takes(type)) {
                    types.add(type);
                }
            }
            if (transfer.isPresent() && !types.isEmpty()) {
                transfers.add(new SyncJob.Transfer(
                        subscription.getDataType(),
                        transfer.get().getMapping(),
                        types,
                        subscription.getPulledUntil(),
                        subscription.isInitialDone()));
            }
        }
        return new SyncJob(integration.getId(), integration.getTeamId(), transfers);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SourceConnection connection(UUID id) {
        return configurations.connect(em.find(SourceIntegration.class, id).getConfiguration());
    }

    /**
     * Logs the run and lets the integration go; {@code failure}: why the whole run failed.
     * Pulls go again after the pull interval, or the pause a request limit asks for.
     */
    public Ending finish(UUID id, SourceRun run, Optional<String> failure, boolean rateLimited, boolean pulled) {
        failure.ifPresent(run::fail);
        run.finish(Instant.now());
        em.persist(run);
        SourceIntegration integration = em.find(SourceIntegration.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (integration == null) {
            return Ending.FAILED;
        }
        Instant now = Instant.now();
        Ending ending;
        if (failure.isEmpty()) {
            integration.succeeded();
            ending = Ending.SUCCEEDED;
        } else if (rateLimited) {
            ending = Ending.PAUSED;
        } else {
            ending = integration.failed(failure.get(), settings.failureLimit()) ? Ending.DEACTIVATED : Ending.FAILED;
        }
        Optional<Instant> next = ending == Ending.PAUSED
                ? Optional.of(now.plus(settings.rateLimitPause()))
                : pulled ? Optional.of(now.plus(settings.pullInterval())) : integration.getNextPull();
        integration.release(next.orElse(null));
        return ending;
    }

    /** Logs a run that claimed nothing (a dry run). */
    public void log(SourceRun run) {
        run.finish(Instant.now());
        em.persist(run);
    }

    /** Lets go of an integration a run claimed, leaving its next pull as it was. */
    public void release(UUID id) {
        SourceIntegration integration = em.find(SourceIntegration.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (integration != null) {
            integration.release(integration.getNextPull().orElse(null));
        }
    }

    /** The team's name and the alert addresses, for an alert. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Alert> alert(UUID id) {
        SourceIntegration integration = em.find(SourceIntegration.class, id);
        if (integration == null) {
            return Optional.empty();
        }
        Team team = em.find(Team.class, integration.getTeamId());
        return Optional.of(new Alert(
                integration.getConfiguration().getName(),
                team == null ? integration.getTeamId().toString() : team.getName(),
                integration.getAlertAddresses(),
                integration.getFailures(),
                integration.getStatusReason().orElse("")));
    }

    /** What an alert says. */
    public record Alert(String configuration, String team, Set<String> to, int failures, String reason) {}

    /** Integrations with changes due, and active integrations whose pull is due. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<UUID> withDueChanges() {
        return em.createNamedQuery(SourceChange.DUE, UUID.class)
                .setParameter("now", Instant.now())
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<UUID> pullable() {
        return em.createNamedQuery(SourceIntegration.PULLABLE, UUID.class)
                .setParameter("now", Instant.now())
                .getResultList();
    }

    /** Forgets runs, and changes kept for an integration, older than {@code before}. */
    public void purge(Instant before) {
        em.createNamedQuery(SourceRun.PURGE).setParameter("before", before).executeUpdate();
        em.createNamedQuery(SourceChange.PURGE).setParameter("before", before).executeUpdate();
    }
}
