package koppel.api.auth;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import koppel.api.error.ApiError;
import koppel.apikey.boundary.Admission;
import koppel.apikey.boundary.Admissions;
import koppel.apikey.boundary.ApiCaller;
import koppel.apikey.entity.Access;
import koppel.apikey.entity.Throttling;
import koppel.common.Ids;
import koppel.resource.Actor;

/**
 * The one door of the API: {@code Authorization: Token <key>} (or {@code Bearer}), then the
 * throttle, then the permission for the resource type and team. Keys in the query string are not
 * looked at.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class TokenFilter implements ContainerRequestFilter {

    private record Key(Method method, Class<?> owner, Class<?> annotation) {}

    private static final Map<Key, Optional<Annotation>> ANNOTATIONS = new ConcurrentHashMap<>();

    @Inject
    private Admissions admissions;

    @Inject
    private Actor actor;

    @Context
    private ResourceInfo resource;

    @Context
    private HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        if (annotation(Public.class).isPresent()) {
            return;
        }
        Optional<String> presented = presentedKey(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (presented.isEmpty()) {
            request.abortWith(ApiError.unauthorized(ApiError.NOT_PROVIDED));
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
        actor.actAs(caller.keyId(), caller.webhookIntegration());
        if (!throttling.allowed()) {
            long wait = throttling.retryAfterSeconds();
            request.abortWith(jakarta.ws.rs.core.Response.fromResponse(
                            ApiError.detail(429, "Request was throttled. Expected available in " + wait + " seconds."))
                    .header("Retry-After", wait)
                    .build());
            return;
        }
        String teamParameter = request.getUriInfo().getPathParameters().getFirst("teamId");
        Optional<UUID> team = Optional.ofNullable(teamParameter).flatMap(Ids::parse);
        if (teamParameter != null && team.isEmpty()) {
            request.abortWith(ApiError.detail(404, ApiError.NOT_FOUND));
        } else if (!permitted(caller, request.getMethod()) || team.isPresent() && !caller.actsOn(team.get())) {
            request.abortWith(ApiError.detail(403, ApiError.FORBIDDEN));
        }
    }

    /** Fails closed: a resource that declares no guard is refused. */
    private boolean permitted(ApiCaller caller, String method) {
        Optional<Guarded> guard = annotation(Guarded.class);
        if (guard.isEmpty()) {
            return false;
        }
        boolean reading = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
        return reading && guard.get().anyKeyReads()
                || caller.may(guard.get().value(), reading ? Access.READ : Access.WRITE);
    }

    /** The method's guard, else its class's; looked up once per resource method. */
    private <A extends Annotation> Optional<A> annotation(Class<A> type) {
        Method method = resource.getResourceMethod();
        Class<?> owner = resource.getResourceClass();
        return ANNOTATIONS
                .computeIfAbsent(
                        new Key(method, owner, type),
                        key -> Optional.<Annotation>ofNullable(method.getAnnotation(type))
                                .or(() -> Optional.ofNullable(owner.getAnnotation(type))))
                .map(type::cast);
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
