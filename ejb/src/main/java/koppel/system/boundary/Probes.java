package koppel.system.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import koppel.common.control.Broker;
import koppel.health.SystemProbes;
import koppel.webhook.boundary.DueDeliveries;
import koppel.webhook.control.Backlog;
import koppel.webhook.control.WebhookSettings;

/**
 * Cheap checks of what Koppel depends on, for the readiness checks in {@link koppel.health}, which
 * it hands itself to when the application starts (see {@link SystemProbes} for why). One instance,
 * called concurrently: its only state is the broker connection attempt under way.
 */
@Singleton
@Startup
@Lock(LockType.READ)
@Local(SystemProbes.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Probes implements SystemProbes {

    static final Duration BROKER_WAIT = Duration.ofSeconds(2);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Broker broker;

    @Resource
    private SessionContext context;

    @EJB
    private DueDeliveries due;

    @Inject
    private WebhookSettings settings;

    @Resource
    private ManagedExecutorService executor;

    private final Object brokerLock = new Object();
    private CompletableFuture<Void> brokerAttempt;

    /** Hands over the container's reference, so that every call gets the EJB's services. */
    @PostConstruct
    void install() {
        SystemProbes.install(context.getBusinessObject(SystemProbes.class));
    }

    @PreDestroy
    void uninstall() {
        SystemProbes.uninstall();
    }

    @Override
    public Optional<String> schemaVersion() {
        @SuppressWarnings("unchecked")
        List<Object> versions = em.createNativeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                        + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL"
                        + " ORDER BY \"installed_rank\" DESC")
                .setMaxResults(1)
                .getResultList();
        return versions.stream().findFirst().map(String::valueOf);
    }

    @Override
    public Optional<String> webhookTrouble() {
        return Backlog.trouble(
                due.oldestDue(), Instant.now(), settings.baseUrl().isPresent(), settings.maxDueAge());
    }

    /**
     * Connects to the broker, waiting at most {@link #BROKER_WAIT}: while the broker is down, a
     * connection attempt hangs for the adapter's reconnect attempts (15 s and more on OpenMQ), and a
     * readiness check that hangs is no answer for a load balancer. One attempt at a time; a check
     * that finds one still running waits for it.
     */
    @Override
    public void checkBroker() {
        CompletableFuture<Void> attempt;
        synchronized (brokerLock) {
            if (brokerAttempt == null || brokerAttempt.isDone()) {
                brokerAttempt = CompletableFuture.runAsync(this::connectToBroker, executor);
            }
            attempt = brokerAttempt;
        }
        try {
            attempt.get(BROKER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The broker did not answer within " + BROKER_WAIT.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the broker", e);
        }
    }

    private void connectToBroker() {
        broker.connect();
    }
}
