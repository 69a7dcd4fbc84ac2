package koppel.user.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import koppel.user.entity.Role;
import koppel.user.entity.User;

/**
 * Signs users in to the admin UI and keeps them signed in through the HTTP session (the Jakarta
 * Security mechanism of the EAR; the admin UI's web.xml says which pages need which role).
 *
 * <p>On every request the caller is announced to the container by name, with the groups of their
 * current roles read afresh: a user disabled, deleted or demoted meanwhile loses access at their
 * next click. It replaces Soteria's form mechanisms, whose re-announced caller principal Payara 6
 * maps back to its groups through a value on one security context shared by all threads (Payara
 * #6145): under concurrent requests an admin was sometimes checked without the admin group (403).
 *
 * <p>It lives in the EJB module, which every web module of the EAR sees: once Soteria finds a
 * mechanism it installs its bridge in all web modules, and a bridge that cannot see the mechanism
 * fails every request of its module. Outside the admin UI there is no session and nothing is
 * protected by the container, so it does nothing there.
 */
@ApplicationScoped
public class SessionAuthentication implements HttpAuthenticationMechanism {

    private static final String SIGNED_IN = SessionAuthentication.class.getName() + ".username";

    @EJB
    private Users users;

    @EJB
    private LoginAttempts attempts;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return logIn(credential, request, context);
        }
        Optional<User> user = signedIn(request);
        if (user.isPresent()) {
            return context.notifyContainerAboutLogin(
                    user.get().getUsername(), groups(user.get().getRoles()));
        }
        if (context.isProtected()) {
            return context.redirect(AdminPath.of(request.getServletContext()) + "/login.xhtml");
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
    }

    private AuthenticationStatus logIn(
            UsernamePasswordCredential credential, HttpServletRequest request, HttpMessageContext context) {
        UUID attempt = attempts.record(credential.getCaller(), request.getRemoteAddr());
        if (attempts.waitBefore(attempt).isPresent()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<User> user = users.authenticate(
                credential.getCaller(), credential.getPassword().getValue());
        if (user.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        attempts.succeeded(attempt);
        // A new session id, so that an id planted before the sign-in is worth nothing after it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        String username = user.get().getUsername();
        request.getSession().setAttribute(SIGNED_IN, username);
        return context.notifyContainerAboutLogin(username, groups(user.get().getRoles()));
    }

    /** The user this session signed in as, if they may still sign in; otherwise the session ends. */
    private Optional<User> signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SIGNED_IN) instanceof String username)) {
            return Optional.empty();
        }
        Optional<User> user = users.findByUsername(username).filter(User::isEnabled);
        if (user.isEmpty()) {
            session.invalidate();
        }
        return user;
    }

    /** The container's groups of these roles, as web.xml's constraints name them. */
    private static Set<String> groups(Set<Role> roles) {
        return roles.stream().map(Role::roleName).collect(Collectors.toSet());
    }
}
