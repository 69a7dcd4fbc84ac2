package koppel.api.cors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code OPTIONS} on any path answers 200 with {@code Allow} and nothing else (browsers send CORS
 * preflights without a key, and the runtime's own answer may carry a description of the
 * resource); answers to the origins in {@code koppel.api.cors.allowed-origins} (none by default)
 * carry the CORS headers that let a page there call the API and read what it needs.
 */
@Provider
@ApplicationScoped
public class CrossOrigin implements ContainerResponseFilter {

    static final String SETTING = "koppel.api.cors.allowed-origins";

    /** What a page may send besides the headers every browser allows. */
    static final String REQUEST_HEADERS = "Authorization, Content-Type, Idempotency-Key, If-Match";

    /** What a page may read besides the headers every browser shows. */
    static final String EXPOSED_HEADERS = "ETag, Location, Idempotent-Replayed, RateLimit-Limit, RateLimit-Remaining,"
            + " RateLimit-Reset, Retry-After, WWW-Authenticate, X-Request-Id";

    private Set<String> allowedOrigins = Set.of();

    @PostConstruct
    void read() {
        allowedOrigins = origins(ConfigProvider.getConfig()
                .getOptionalValues(SETTING, String.class)
                .orElse(List.of()));
    }

    /** The configured origins as browsers send them: scheme, host and port, no trailing slash. */
    static Set<String> origins(List<String> configured) {
        return configured.stream()
                .map(String::strip)
                .map(origin -> origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin)
                .filter(origin -> !origin.isEmpty())
                .map(origin -> origin.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        boolean options = HttpMethod.OPTIONS.equals(request.getMethod());
        MultivaluedMap<String, Object> headers = response.getHeaders();
        if (options) {
            String allow = response.getStatus() == 200 || response.getStatus() == 204
                    ? response.getHeaderString(HttpHeaders.ALLOW)
                    : null;
            response.setStatus(200);
            response.setEntity(null);
            headers.remove(HttpHeaders.CONTENT_TYPE);
            headers.remove(HttpHeaders.LAST_MODIFIED);
            headers.putSingle(HttpHeaders.ALLOW, allow == null || allow.isBlank() ? HttpMethod.OPTIONS : allow);
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null || !allowedOrigins.contains(origin.toLowerCase(Locale.ROOT))) {
            return;
        }
        headers.putSingle("Access-Control-Allow-Origin", origin);
        headers.add("Vary", "Origin");
        if (options && request.getHeaderString("Access-Control-Request-Method") != null) {
            headers.putSingle("Access-Control-Allow-Methods", response.getHeaderString(HttpHeaders.ALLOW));
            headers.putSingle("Access-Control-Allow-Headers", REQUEST_HEADERS);
            headers.putSingle("Access-Control-Max-Age", "600");
        } else {
            headers.putSingle("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
    }
}
