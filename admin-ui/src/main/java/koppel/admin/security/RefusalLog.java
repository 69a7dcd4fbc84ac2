package koppel.admin.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;

/**
 * Logs every refused admin page in one line (who, what, why) as the container forwards to the
 * "Not allowed" page, so that a refusal nobody expected is visible in the server log.
 */
@WebFilter(urlPatterns = "/forbidden.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class RefusalLog extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(RefusalLog.class.getName());
    private static final List<String> ROLES = List.of("admin", "user", "integration");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String user = request.getRemoteUser();
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        List<String> roles = ROLES.stream().filter(request::isUserInRole).toList();
        LOG.info(() -> "Refused %s %s to %s: %s"
                .formatted(
                        request.getMethod(),
                        path,
                        user == null ? "an anonymous caller" : "'" + user + "'",
                        roles.contains("admin")
                                ? "refused although in the admin role"
                                : "not in the admin role (roles: " + roles + ")"));
        chain.doFilter(request, response);
    }
}
