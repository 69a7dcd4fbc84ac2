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
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import koppel.health.SystemProbes;
import koppel.webhook.boundary.Deliveries;
import koppel.webhook.control.Backlog;
import koppel.webhook.control.WebhookSettings;

/**
 * Cheap checks of what Koppel depends on, for the readiness checks in {@link koppel.health}, which
 * it hands itself to when the application starts (see {@link SystemProbes} for why). One instance,
 * called concurrently: it keeps no state of its own.
 */
@Singleton
@Startup
@Lock(LockType.READ)
@Local(SystemProbes.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Probes implements SystemProbes {

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource
    private SessionContext context;

    @EJB
    private Deliveries deliveries;

    @Inject
    private WebhookSettings settings;

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
                deliveries.oldestDue(), Instant.now(), settings.baseUrl().isPresent(), settings.maxDueAge());
    }

    @Override
    public void checkBroker() {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer();
        }
    }
}
