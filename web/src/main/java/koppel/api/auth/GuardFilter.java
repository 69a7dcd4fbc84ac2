package koppel.api.auth;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import koppel.api.error.ApiError;
import koppel.apikey.boundary.ApiCaller;

/**
 * The guard of the resource method the runtime matched, after {@link TokenFilter} let the
 * request in. Fails closed: a resource without {@link Public} or {@link Guarded} is refused to
 * everyone, whatever the path looked like before matching.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION)
public class GuardFilter implements ContainerRequestFilter {

    private record Key(Method method, Class<?> owner, Class<?> annotation) {}

    private static final Map<Key, Optional<Annotation>> ANNOTATIONS = new ConcurrentHashMap<>();

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (HttpMethod.OPTIONS.equals(request.getMethod())
                || annotation(Public.class).isPresent()) {
            return;
        }
        ApiCaller caller = CallerContext.caller(request);
        if (caller == null) {
            request.abortWith(ApiError.unauthorized(ApiError.NOT_PROVIDED));
            return;
        }
        Optional<Guarded> guard = annotation(Guarded.class);
        if (guard.isEmpty()) {
            request.abortWith(ApiError.detail(403, ApiError.FORBIDDEN));
            return;
        }
        String team = request.getUriInfo().getPathParameters().getFirst("teamId");
        Permission.refusal(caller, guard.get(), request.getMethod(), team).ifPresent(request::abortWith);
    }

    /** The method's annotation, else its class's; looked up once per resource method. */
    private <A extends Annotation> Optional<A> annotation(Class<A> type) {
        Method method = resource.getResourceMethod();
        Class<?> owner = resource.getResourceClass();
        if (method == null || owner == null) {
            return Optional.empty();
        }
        return ANNOTATIONS
                .computeIfAbsent(
                        new Key(method, owner, type),
                        key -> Optional.<Annotation>ofNullable(method.getAnnotation(type))
                                .or(() -> Optional.ofNullable(owner.getAnnotation(type))))
                .map(type::cast);
    }
}
