package koppel.micro;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import koppel.user.boundary.AdminPath;

/**
 * Sends {@code /admin} and {@code /admin/} to the admin UI's home page, as the EAR's admin module
 * does with its welcome page. In the one WAR the Faces servlet serves {@code /admin/*} by path, so
 * no welcome page applies there. A redirect, not a forward: the home page's security constraint
 * must see its own address.
 */
public class AdminEntrance extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(AdminPath.of(request.getServletContext()) + "/index.xhtml");
    }
}
