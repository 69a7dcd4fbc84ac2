package koppel.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers with a migrated schema; reports the schema version. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    static final String NAME = "database";

    @Override
    public HealthCheckResponse call() {
        try {
            return SystemProbes.installed()
                    .schemaVersion()
                    .map(version -> HealthCheckResponse.named(NAME)
                            .up()
                            .withData("schemaVersion", version)
                            .build())
                    .orElseGet(() -> HealthCheckResponse.named(NAME)
                            .down()
                            .withData("error", "The schema has not been migrated.")
                            .build());
        } catch (RuntimeException e) {
            return SystemProbes.down(NAME, e);
        }
    }
}
