package koppel.health;

import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * What the health checks ask of the services module: implemented by the {@code Probes} EJB, which
 * hands itself over when it starts ({@link #install}). The checks cannot inject it (this library
 * does not see the EJB module) nor look it up by a module-relative name (WildFly calls health
 * checks from a management thread, without the application's naming context), and a global name
 * would tie them to the names the EAR and its modules are deployed under.
 */
public interface SystemProbes {

    /** The version Flyway last migrated the schema to, or empty when it never ran. */
    Optional<String> schemaVersion();

    /** Opens and closes a connection to the broker; throws when it cannot be reached. */
    void checkBroker();

    /**
     * What keeps webhooks from being delivered, when something does: a missing setting, or a due
     * delivery waiting longer than allowed. Empty when they flow.
     */
    Optional<String> webhookTrouble();

    /** Makes these the running application's probes; called by the services module when it starts. */
    static void install(SystemProbes probes) {
        InstalledProbes.CURRENT.set(probes);
    }

    /** Forgets the probes; called when the services module stops. */
    static void uninstall() {
        InstalledProbes.CURRENT.set(null);
    }

    /** The probes of the running application; throws when the services module has not (yet) started. */
    static SystemProbes installed() {
        SystemProbes probes = InstalledProbes.CURRENT.get();
        if (probes == null) {
            throw new IllegalStateException("The services module is not available.");
        }
        return probes;
    }

    /** A failed check, saying what went wrong. */
    static HealthCheckResponse down(String check, RuntimeException e) {
        return HealthCheckResponse.named(check)
                .down()
                .withData("error", String.valueOf(e.getMessage()))
                .build();
    }
}
