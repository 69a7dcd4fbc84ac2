package koppel.admin.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import koppel.user.boundary.Users;
import koppel.user.entity.Role;

/** Checks user names and passwords against Koppel's own users. */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

    @EJB
    private Users users;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return users.authenticate(
                        credential.getCaller(), credential.getPassword().getValue())
                .map(user -> new CredentialValidationResult(
                        user.getUsername(),
                        user.getRoles().stream().map(Role::roleName).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
