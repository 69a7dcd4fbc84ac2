package koppel.it.container.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import koppel.apikey.boundary.ApiKeys;
import koppel.apikey.boundary.IssuedKey;
import koppel.apikey.entity.Access;
import koppel.apikey.entity.ResourceType;
import koppel.common.BusinessException;
import koppel.common.InvalidFieldsException;
import koppel.it.Deployments;
import koppel.it.container.Given;
import koppel.user.boundary.Users;
import koppel.user.entity.Role;
import koppel.user.entity.User;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Users facade inside the server: an administrator cannot lock themselves out (disable or
 * delete themselves, take their own admin role away), usernames and passwords keep their rules,
 * and a user's keys go with the user. Also the first administrator FirstAdministrator made at
 * start-up.
 */
@ExtendWith(ArquillianExtension.class)
class UsersIT {

    private static final char[] NEW_PASSWORD = "another long passphrase".toCharArray();

    @EJB
    private Users users;

    @EJB
    private ApiKeys keys;

    @Inject
    private Given given;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.koppelTesting(UsersIT.class);
    }

    @Test
    void anAdministratorCannotDisableOrDeleteThemselves() {
        User admin = given.user(Role.ADMIN);

        assertThrows(BusinessException.class, () -> users.disable(admin.getId(), admin.getUsername()));
        assertThrows(BusinessException.class, () -> users.delete(admin.getId(), admin.getUsername()));

        assertTrue(users.get(admin.getId()).isEnabled());
    }

    @Test
    void anAdministratorCannotTakeTheirOwnAdminRoleAwayButAnotherCan() {
        User admin = given.user(Role.ADMIN);
        User other = given.user(Role.ADMIN);

        BusinessException refused = assertThrows(
                BusinessException.class,
                () -> users.change(admin.getId(), "Me", null, EnumSet.of(Role.USER), null, admin.getUsername()));
        assertEquals("roles", refused.getField());
        assertTrue(users.get(admin.getId()).hasRole(Role.ADMIN));

        users.change(admin.getId(), "Me", null, EnumSet.of(Role.ADMIN, Role.USER), null, admin.getUsername());
        users.change(admin.getId(), "Me", null, EnumSet.of(Role.USER), null, other.getUsername());
        assertEquals(Set.of(Role.USER), users.get(admin.getId()).getRoles());
    }

    @Test
    void aDisabledUserCannotSignInUntilEnabledAgain() {
        User user = given.user(Role.USER);
        User admin = given.user(Role.ADMIN);

        users.disable(user.getId(), admin.getUsername());
        assertFalse(users.authenticate(user.getUsername(), Given.PASSWORD.toCharArray())
                .isPresent());

        users.enable(user.getId());
        assertTrue(users.authenticate(user.getUsername(), Given.PASSWORD.toCharArray())
                .isPresent());
    }

    @Test
    void aDeletedUsersKeysAreDeletedWithThem() {
        User admin = given.user(Role.ADMIN);
        IssuedKey key = given.key(Set.of(given.team()), Access.READ, ResourceType.CLIENTS);
        User owner = key.key().getUser();

        users.delete(owner.getId(), admin.getUsername());

        assertFalse(users.find(owner.getId()).isPresent());
        assertFalse(keys.find(key.key().getId()).isPresent());
    }

    @Test
    void usernamesAreUniqueAndPasswordsLongEnoughBothReportedAtOnce() {
        User taken = given.user(Role.USER);

        InvalidFieldsException refused = assertThrows(
                InvalidFieldsException.class,
                () -> users.create(taken.getUsername(), "Twin", "short".toCharArray(), EnumSet.of(Role.USER)));

        assertEquals(Set.of("username", "password"), refused.getErrors().keySet());
        assertThrows(
                InvalidFieldsException.class,
                () -> users.create("no spaces allowed?", "Odd", NEW_PASSWORD, EnumSet.of(Role.USER)));
    }

    @Test
    void aTooShortNewPasswordChangesNothing() {
        User user = given.user(Role.USER);

        InvalidFieldsException refused = assertThrows(
                InvalidFieldsException.class,
                () -> users.change(user.getId(), "Renamed", null, EnumSet.of(Role.USER), "short".toCharArray(), null));

        assertEquals(Set.of("password"), refused.getErrors().keySet());
        assertEquals(user.getUsername(), users.get(user.getId()).getDisplayName());
        assertTrue(users.authenticate(user.getUsername(), Given.PASSWORD.toCharArray())
                .isPresent());
    }

    @Test
    void aNewPasswordReplacesTheOldOne() {
        User user = given.user(Role.USER);

        users.change(user.getId(), "Renamed", null, EnumSet.of(Role.USER), NEW_PASSWORD, null);

        assertTrue(users.authenticate(user.getUsername(), NEW_PASSWORD).isPresent());
        assertFalse(users.authenticate(user.getUsername(), Given.PASSWORD.toCharArray())
                .isPresent());
        assertFalse(users.authenticate(Given.unique("nobody"), NEW_PASSWORD).isPresent());
    }

    @Test
    void theFirstAdministratorIsTheConfiguredOne() {
        // The EAR's default for koppel.admin.username, unless the server's environment names another.
        String username = System.getenv().getOrDefault("KOPPEL_ADMIN_USERNAME", "admin");

        User first = users.findByUsername(username).orElseThrow();

        assertTrue(first.hasRole(Role.ADMIN));
    }
}
