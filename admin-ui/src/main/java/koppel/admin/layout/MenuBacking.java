package koppel.admin.layout;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import koppel.user.boundary.Users;
import koppel.user.entity.Role;
import koppel.user.entity.User;

/**
 * Whether the menu offers the administrator's pages. On an error page (dispatched for a 404 or
 * 403) the server may no longer tell the caller's roles, only their name; the menu then asks the
 * user's own record, so an administrator keeps it there. It only shows links: every page is still
 * guarded by the server.
 */
@Named
@RequestScoped
public class MenuBacking {

    @Inject
    private ExternalContext external;

    @EJB
    private Users users;

    private Boolean admin;

    public boolean isAdmin() {
        if (admin == null) {
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            admin = request.isUserInRole(Role.ADMIN.roleName())
                    || Optional.ofNullable(request.getUserPrincipal())
                            .map(Principal::getName)
                            .flatMap(users::findByUsername)
                            .filter(User::isEnabled)
                            .filter(user -> user.hasRole(Role.ADMIN))
                            .isPresent();
        }
        return admin;
    }
}
