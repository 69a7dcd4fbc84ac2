package koppel.admin.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles the admin UI knows. Users sign in through {@link
 * koppel.user.boundary.SessionAuthentication}; pages are guarded by the security constraints in
 * web.xml.
 */
@ApplicationScoped
@DeclareRoles({"admin", "user", "integration"})
public class SecurityConfiguration {}
