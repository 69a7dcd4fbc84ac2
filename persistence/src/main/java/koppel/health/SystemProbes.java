package koppel.health;

import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * What the health checks ask of the services module: implemented by the {@code Probes} EJB and
 * found under its portable global name, which needs no component context (WildFly calls health
 * checks from a management thread).
 */
public interface SystemProbes {

    String GLOBAL_NAME = "java:global/koppel/koppel-ejb/Probes!koppel.health.SystemProbes";

    /** The version Flyway last migrated the schema to, or empty when it never ran. */
    Optional<String> schemaVersion();

    /** Opens and closes a connection to the broker; throws when it cannot be reached. */
    void checkBroker();

    /** The probes of the running application; throws when the services module is not (yet) there. */
    static SystemProbes lookup() {
        try {
            return (SystemProbes) InitialContext.doLookup(GLOBAL_NAME);
        } catch (NamingException e) {
            throw new IllegalStateException("The services module is not available: " + e.getMessage(), e);
        }
    }

    /** A failed check, saying what went wrong. */
    static HealthCheckResponse down(String check, RuntimeException e) {
        return HealthCheckResponse.named(check)
                .down()
                .withData("error", String.valueOf(e.getMessage()))
                .build();
    }
}
