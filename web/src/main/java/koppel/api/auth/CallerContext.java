package koppel.api.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Optional;
import koppel.apikey.boundary.ApiCaller;
import koppel.apikey.entity.Throttling;

/** Where the token filter leaves the caller and the throttle's answer for the rest of the request. */
public final class CallerContext {

    private static final String CALLER = "koppel.api.caller";
    private static final String THROTTLING = "koppel.api.throttling";

    private CallerContext() {}

    static void set(ContainerRequestContext request, ApiCaller caller, Throttling throttling) {
        request.setProperty(CALLER, caller);
        request.setProperty(THROTTLING, throttling);
    }

    /**
     * The caller, for resource classes: in a servlet container the request context's properties
     * are the servlet request's attributes (JAX-RS 2.0, section 9.3), which both servers honour.
     */
    public static ApiCaller caller(HttpServletRequest request) {
        return (ApiCaller) request.getAttribute(CALLER);
    }

    public static ApiCaller caller(ContainerRequestContext request) {
        return (ApiCaller) request.getProperty(CALLER);
    }

    static Optional<Throttling> throttling(ContainerRequestContext request) {
        return Optional.ofNullable((Throttling) request.getProperty(THROTTLING));
    }
}
