package koppel.micro;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import koppel.user.boundary.AdminPath;

/**
 * The error page of the one WAR. In the EAR each module has its own (web.xml): the API answers
 * every error in its JSON ({@code koppel.api.error.ErrorPage}), the admin UI with its pages. A WAR
 * has one set, so this one passes an error on to the admin UI's page when the failed request was
 * for an admin page, and to the API's JSON answer otherwise.
 */
public class ErrorRouter extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The API's error page (web.xml maps {@code koppel.api.error.ErrorPage} here). */
    static final String API_ERRORS = "/api/error-page";

    /** The admin UI's page for a failure, under its path. */
    static final String ERROR_PAGE = "/error.xhtml";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String admin = AdminPath.of(request.getServletContext());
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (failed == null && request.getDispatcherType() == DispatcherType.REQUEST) {
            // Not an error dispatch: PrimeFaces' exception handler sends the browser to the error
            // page web.xml names for the exception, this one, when an admin page fails.
            response.sendRedirect(admin + ERROR_PAGE);
            return;
        }
        String page = failed instanceof String uri && (uri.equals(admin) || uri.startsWith(admin + "/"))
                ? adminPage(request)
                : API_ERRORS;
        request.getRequestDispatcher(page).forward(request, response);
    }

    /** The admin UI's page for the error, as its web.xml in the EAR chooses it. */
    private static String adminPage(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String inside = request.getServletContext().getInitParameter(AdminPath.PARAMETER);
        String page = switch (code instanceof Integer status ? status : 500) {
            case 403 -> "/forbidden.xhtml";
            case 404 -> "/not-found.xhtml";
            default -> ERROR_PAGE;
        };
        return inside + page;
    }
}
