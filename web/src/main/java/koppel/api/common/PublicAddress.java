package koppel.api.common;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every absolute link the API gives ({@code Location}, a page's {@code next} and {@code previous},
 * the root's addresses) is built from the request's address; with {@code koppel.api.base-url} set,
 * that address is rewritten to start with it before anything reads it, so that a forged {@code
 * Host} header (or a proxy in front) cannot steer the links. Without the setting, the request's
 * own host is used.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 100)
public class PublicAddress implements ContainerRequestFilter {

    public static final String SETTING = "koppel.api.base-url";

    /** The API's base address under the configured one, ending in "/v1/"; null when not configured. */
    private String apiBase;

    @PostConstruct
    void read() {
        apiBase = apiBase(ConfigProvider.getConfig().getOptionalValue(SETTING, String.class))
                .orElse(null);
    }

    /** {@code https://api.example.org/api} gives {@code https://api.example.org/api/v1/}. */
    static Optional<String> apiBase(Optional<String> configured) {
        return configured
                .map(String::strip)
                .filter(url -> !url.isEmpty())
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                .map(url -> url + "/v1/");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (apiBase == null) {
            return;
        }
        URI base = request.getUriInfo().getBaseUri();
        URI requested = request.getUriInfo().getRequestUri();
        request.setRequestUri(URI.create(apiBase), URI.create(rebased(apiBase, base, requested)));
    }

    /** The requested address with the part up to the API's base replaced by the configured one. */
    static String rebased(String apiBase, URI base, URI requested) {
        String path = requested.getRawPath();
        String basePath = base.getRawPath();
        String relative = path.startsWith(basePath)
                ? path.substring(basePath.length())
                : path.startsWith(basePath.substring(0, basePath.length() - 1))
                        ? path.substring(basePath.length() - 1)
                        : "";
        String query = requested.getRawQuery();
        return apiBase
                + (relative.startsWith("/") ? relative.substring(1) : relative)
                + (query == null ? "" : "?" + query);
    }
}
