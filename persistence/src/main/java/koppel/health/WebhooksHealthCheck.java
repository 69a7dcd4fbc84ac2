package koppel.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready while webhooks flow: DOWN, saying why, when deliveries pile up or cannot be made. */
@Readiness
@ApplicationScoped
public class WebhooksHealthCheck implements HealthCheck {

    static final String NAME = "webhooks";

    @Override
    public HealthCheckResponse call() {
        try {
            Optional<String> trouble = SystemProbes.installed().webhookTrouble();
            return trouble.map(reason -> HealthCheckResponse.named(NAME)
                            .down()
                            .withData("error", reason)
                            .build())
                    .orElseGet(() -> HealthCheckResponse.up(NAME));
        } catch (RuntimeException e) {
            return SystemProbes.down(NAME, e);
        }
    }
}
