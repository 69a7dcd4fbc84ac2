package koppel.admin.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Ends the signed-in session from the menu. */
@Named
@RequestScoped
public class SessionBacking {

    @Inject
    private ExternalContext external;

    public String logout() throws ServletException {
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }
}
