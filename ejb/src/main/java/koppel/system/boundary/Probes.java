package koppel.system.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Cheap checks of what Koppel depends on, for the readiness probe. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Probes {

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    private ConnectionFactory connectionFactory;

    /** The version Flyway last migrated the schema to, or empty when it never ran. */
    public Optional<String> schemaVersion() {
        @SuppressWarnings("unchecked")
        List<Object> versions = em.createNativeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                        + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL"
                        + " ORDER BY \"installed_rank\" DESC")
                .setMaxResults(1)
                .getResultList();
        return versions.stream().findFirst().map(String::valueOf);
    }

    /** Opens and closes a connection to the broker; throws when it cannot be reached. */
    public void checkBroker() {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer();
        }
    }
}
