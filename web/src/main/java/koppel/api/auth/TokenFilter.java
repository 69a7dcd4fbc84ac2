package koppel.api.auth;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import koppel.actor.Actor;
import koppel.api.error.ApiError;
import koppel.apikey.boundary.Admission;
import koppel.apikey.boundary.Admissions;
import koppel.apikey.boundary.ApiCaller;
import koppel.apikey.entity.Throttling;

/**
 * The door of the API, before the runtime looks for a resource method: {@code Authorization:
 * Token <key>} (or {@code Bearer}), then the throttle, then the permission of the path's guard,
 * in the contract's order, so that a request without a valid key gets a 401 whatever its path,
 * method or media type, and every request with one is counted. Keys in the query string are not
 * looked at; {@code OPTIONS} needs no key and is not counted. {@link GuardFilter} checks the
 * method the runtime then matches.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class TokenFilter implements ContainerRequestFilter {

    @Inject
    private Admissions admissions;

    @Inject
    private Guards guards;

    @Inject
    private Actor actor;

    /**
     * The request through CDI's built-in bean, a thread-local read: through {@code @Context} every
     * call of the JAX-RS runtime's proxy resolved the request anew (3 % of a single read's time).
     */
    @Inject
    private HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        if (HttpMethod.OPTIONS.equals(request.getMethod())) {
            return;
        }
        Guards.Need need = guards.of(request.getUriInfo().getPath());
        Optional<String> presented = presentedKey(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (presented.isEmpty()) {
            if (!(need instanceof Guards.Open)) {
                request.abortWith(ApiError.unauthorized(ApiError.NOT_PROVIDED));
            }
            return;
        }
        Optional<Admission> admission = admissions.admit(presented.get(), http.getRemoteAddr());
        if (admission.isEmpty()) {
            request.abortWith(ApiError.unauthorized(ApiError.INVALID_TOKEN));
            return;
        }
        ApiCaller caller = admission.get().caller();
        Throttling throttling = admission.get().throttling();
        CallerContext.set(request, caller, throttling);
        actor.actAs(caller.keyId(), caller.webhookIntegration(), caller.ticketingLink());
        if (!throttling.allowed()) {
            long wait = throttling.retryAfterSeconds();
            request.abortWith(Response.fromResponse(
                            ApiError.detail(429, "Request was throttled. Expected available in " + wait + " seconds."))
                    .header("Retry-After", wait)
                    .build());
            return;
        }
        if (need instanceof Guards.Guard guard) {
            Permission.refusal(
                            caller,
                            guard.guarded(),
                            request.getMethod(),
                            guard.teamId().orElse(null))
                    .ifPresent(request::abortWith);
        }
    }

    /** The key from "Token <key>" or "Bearer <key>"; empty when no such credentials were sent. */
    static Optional<String> presentedKey(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String[] parts = authorization.strip().split(" ", 2);
        if (parts.length != 2 || !(parts[0].equalsIgnoreCase("Token") || parts[0].equalsIgnoreCase("Bearer"))) {
            return Optional.empty();
        }
        return Optional.of(parts[1].strip());
    }
}
