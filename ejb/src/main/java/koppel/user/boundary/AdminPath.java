package koppel.user.boundary;

import jakarta.servlet.ServletContext;

/**
 * Where the admin UI's pages lie in their web module: at its root in the EAR (context root {@code
 * /admin}), under {@code /admin} in the one WAR of Payara Micro, whose {@code web.xml} says so in
 * the context parameter {@value #PARAMETER}. Addresses built from it are the same on every server.
 */
public final class AdminPath {

    /** Context parameter: the admin UI's path inside its web module, empty or absent for its root. */
    public static final String PARAMETER = "koppel.admin.path";

    private AdminPath() {}

    /** The admin UI's address from the server's root, without a trailing slash: e.g. {@code /admin}. */
    public static String of(ServletContext context) {
        String inside = context.getInitParameter(PARAMETER);
        return context.getContextPath() + (inside == null ? "" : inside.strip());
    }
}
