package koppel.api.auth;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** {@code RateLimit-Limit}, {@code -Remaining} and {@code -Reset} on every authenticated response. */
@Provider
public class RateLimitHeaders implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        CallerContext.throttling(request).ifPresent(throttling -> {
            response.getHeaders().putSingle("RateLimit-Limit", throttling.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", throttling.remaining());
            response.getHeaders().putSingle("RateLimit-Reset", throttling.resetSeconds());
        });
    }
}
