package koppel.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the message broker accepts a connection. */
@Readiness
@ApplicationScoped
public class BrokerHealthCheck implements HealthCheck {

    static final String NAME = "messaging";

    @Override
    public HealthCheckResponse call() {
        try {
            SystemProbes.installed().checkBroker();
            return HealthCheckResponse.up(NAME);
        } catch (RuntimeException e) {
            return SystemProbes.down(NAME, e);
        }
    }
}
