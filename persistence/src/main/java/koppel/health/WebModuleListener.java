package koppel.health;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * Tells {@link WebModulesHealthCheck} when the web module it is declared in starts and stops
 * serving; each web module names it in its {@code web.xml} (annotations in this library are not
 * scanned for the web modules).
 */
public class WebModuleListener implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        WebModulesHealthCheck.started(event.getServletContext().getContextPath());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        WebModulesHealthCheck.stopped(event.getServletContext().getContextPath());
    }
}
