package koppel.health;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.util.Arrays;
import java.util.List;

/**
 * Tells {@link WebModulesHealthCheck} when the web module it is declared in starts and stops
 * serving; each web module names it in its {@code web.xml} (annotations in this library are not
 * scanned for the web modules). A module is known by its context path ({@code /api}, {@code
 * /admin}), unless its context parameter {@value #MODULES} lists the modules it serves: the one
 * WAR of Payara Micro serves both from the root.
 */
public class WebModuleListener implements ServletContextListener {

    /** Context parameter: the modules a web module serves, separated by commas. */
    static final String MODULES = "koppel.web.modules";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        modules(event.getServletContext()).forEach(WebModulesHealthCheck::started);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        modules(event.getServletContext()).forEach(WebModulesHealthCheck::stopped);
    }

    private static List<String> modules(ServletContext context) {
        String listed = context.getInitParameter(MODULES);
        if (listed == null || listed.isBlank()) {
            return List.of(context.getContextPath());
        }
        return Arrays.stream(listed.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
    }
}
