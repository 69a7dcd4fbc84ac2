package koppel.api.document;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guards the interactive explorer at {@code /api/docs/} (a static page that renders the live
 * document with Swagger UI) and the Swagger UI files the container serves from the WebJar under
 * {@code /api/webjars/}. The page gets a Content-Security-Policy that lets it run only its own
 * scripts and talk only to this server, so a key typed into it cannot leave for anywhere else; of
 * the WebJar, only the files the page loads are served (its demo pages, which point at a public
 * example API, answer 404 like any unknown path under {@code /api}).
 */
@WebFilter(urlPatterns = {"/docs/*", "/webjars/*"})
public class Explorer extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * Swagger UI sets inline styles and draws icons from {@code data:} images; nothing else is
     * needed, no inline script ({@code explorer.js} starts the page) and no other origin.
     */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The WebJar's files that {@code docs/index.html} loads, whatever its version. */
    private static final Pattern ASSET = Pattern.compile("/webjars/swagger-ui/[0-9][0-9.]*/([a-z0-9.-]+)");

    private static final Set<String> SERVED =
            Set.of("swagger-ui-bundle.js", "swagger-ui.css", "index.css", "favicon-32x32.png");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        // from the module's root: /webjars/... in the EAR's API module, /api/webjars/... in Micro's one WAR
        int webjars = path.indexOf("/webjars/");
        if (webjars >= 0) {
            if (!served(path.substring(webjars))) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            // The version is in the address: a new one is a new address.
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        } else {
            response.setHeader("Content-Security-Policy", POLICY);
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Cache-Control", "no-cache");
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(request, response);
    }

    /** Whether a path under /webjars is one of the files the explorer loads. */
    static boolean served(String path) {
        Matcher asset = ASSET.matcher(path);
        return asset.matches() && SERVED.contains(asset.group(1));
    }
}
