package koppel.system.control;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import koppel.apikey.entity.RateLimits;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start without the settings Koppel cannot do without, naming each missing key, with a
 * public base URL that is not one, or with default throttle rates out of range (else every API call would fail on them). It
 * checks while CDI discovers beans, before anything is started or registered: a failure any later
 * leaves the dead deployment's health checks registered on Payara (after CDI) or WildFly (during
 * CDI validation), and the server's health answers 500 until it restarts.
 */
public class RequiredSettings implements Extension {

    static final List<String> REQUIRED = List.of("koppel.admin.username");

    void check(@Observes AfterBeanDiscovery discovery) {
        var config = ConfigProvider.getConfig();
        for (String key : REQUIRED) {
            if (config.getOptionalValue(key, String.class)
                    .filter(value -> !value.isBlank())
                    .isEmpty()) {
                discovery.addDefinitionError(new DeploymentException("The setting " + key + " has no value; set it as a"
                        + " system property or an environment variable ("
                        + key.toUpperCase().replace('.', '_') + ")."));
            }
        }
        config.getOptionalValue("koppel.api.base-url", String.class)
                .filter(url -> !url.isBlank())
                .filter(url -> !isBaseUrl(url.strip()))
                .ifPresent(url -> discovery.addDefinitionError(new DeploymentException(
                        "The setting koppel.api.base-url is the public address of the API's context root, an"
                                + " absolute http or https URL without query or fragment, such as"
                                + " https://koppel.example.org/api; it is '" + url + "'.")));
        try {
            new RateLimits(
                    config.getValue("koppel.api.throttle.per-second", Integer.class),
                    config.getValue("koppel.api.throttle.per-day", Integer.class));
        } catch (IllegalArgumentException e) {
            discovery.addDefinitionError(new DeploymentException(
                    "The settings koppel.api.throttle.per-second and koppel.api.throttle.per-day are the default"
                            + " rates of every key: " + e.getMessage(),
                    e));
        }
    }

    /** An absolute http or https address, with nothing after its path. */
    static boolean isBaseUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
