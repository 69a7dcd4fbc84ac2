package koppel.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the public API and the admin UI serve requests: each web module says so when its
 * context starts and stops ({@link WebModuleListener}, named in its {@code web.xml}). The health checks answer as soon as the services
 * start, a few seconds before the servers map the web modules; a balancer that sent requests then
 * would get the server's 404 pages.
 */
@Readiness
@ApplicationScoped
public class WebModulesHealthCheck implements HealthCheck {

    static final String NAME = "web";

    /** The public API's and the admin UI's modules, by their context paths in the EAR. */
    private static final Set<String> EXPECTED = Set.of("/api", "/admin");

    private static final Set<String> SERVING = ConcurrentHashMap.newKeySet();

    /** The web module of this context path serves requests (its context started). */
    static void started(String contextPath) {
        SERVING.add(contextPath);
    }

    /** The web module of this context path no longer serves requests (its context is being destroyed). */
    static void stopped(String contextPath) {
        SERVING.remove(contextPath);
    }

    @Override
    public HealthCheckResponse call() {
        Set<String> missing = new TreeSet<>(EXPECTED);
        missing.removeAll(SERVING);
        if (missing.isEmpty()) {
            return HealthCheckResponse.named(NAME).up().build();
        }
        return HealthCheckResponse.named(NAME)
                .down()
                .withData("starting", String.join(",", missing))
                .build();
    }
}
