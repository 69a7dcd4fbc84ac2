package koppel.admin.login;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.ResourceBundle;
import koppel.user.boundary.AdminPath;

/**
 * Backs {@code login.xhtml}: hands the credentials to the container, which asks {@link
 * koppel.user.boundary.SessionAuthentication}; a refused or throttled attempt gets one message.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(home(external) + "/");
            default -> {
                ResourceBundle messages = faces.getApplication().getResourceBundle(faces, "msg");
                faces.addMessage(
                        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.getString("login.failed"), null));
            }
        }
    }

    /**
     * An Ajax request of a page whose session has ended is sent here by the login mechanism, and the
     * browser repeats its Ajax header: answer with a redirect the page's script follows, so that
     * the whole page shows the login form instead of a failed update.
     */
    public void redirectAjax() throws IOException {
        if (faces.getPartialViewContext().isAjaxRequest()) {
            ExternalContext external = faces.getExternalContext();
            external.redirect(home(external) + "/login.xhtml");
        }
    }

    private static String home(ExternalContext external) {
        return AdminPath.of((ServletContext) external.getContext());
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
