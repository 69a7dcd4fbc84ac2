package koppel.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import koppel.system.boundary.Probes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Koppel's MicroProfile Health checks: ready when the database answers with a migrated schema and
 * the message broker accepts a connection; live while the application is deployed. The facade is
 * looked up on each call: Payara builds the checks while the EJB module is still starting.
 */
@ApplicationScoped
public class ReadinessChecks {

    @Inject
    private Instance<Probes> probes;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> {
            try {
                return probes.get()
                        .schemaVersion()
                        .map(version -> HealthCheckResponse.named("database")
                                .up()
                                .withData("schemaVersion", version)
                                .build())
                        .orElseGet(() -> HealthCheckResponse.named("database")
                                .down()
                                .withData("error", "The schema has not been migrated.")
                                .build());
            } catch (RuntimeException e) {
                return down("database", e);
            }
        };
    }

    @Produces
    @Readiness
    HealthCheck messaging() {
        return () -> {
            try {
                probes.get().checkBroker();
                return HealthCheckResponse.up("messaging");
            } catch (RuntimeException e) {
                return down("messaging", e);
            }
        };
    }

    @Produces
    @Liveness
    HealthCheck application() {
        return () -> HealthCheckResponse.up("koppel");
    }

    private static HealthCheckResponse down(String name, RuntimeException e) {
        return HealthCheckResponse.named(name)
                .down()
                .withData("error", String.valueOf(e.getMessage()))
                .build();
    }
}
