package koppel.user.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import koppel.common.EmailAddress;
import koppel.common.entity.Tracked;

/**
 * A person or an integration that signs in to the admin UI or owns API keys. Only a PBKDF2 hash of
 * the password is kept.
 */
@Entity
@Table(name = "users")
@NamedQuery(name = User.BY_USERNAME, query = "select u from User u where u.username = :username")
@NamedQuery(name = User.COUNT, query = "select count(u) from User u")
@NamedQuery(name = User.ALL, query = "select u from User u order by u.username")
public class User extends Tracked {

    public static final String BY_USERNAME = "User.byUsername";
    public static final String COUNT = "User.count";
    public static final String ALL = "User.all";

    public static final int MAX_DISPLAY_NAME_LENGTH = 200;

    public static final String USERNAME_RULE =
            "A username has 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit.";
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{0,63}";

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME_LENGTH)
    private String displayName;

    @Column(length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected User() {}

    public User(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        change(new UserProfile(displayName, null), roles);
    }

    /**
     * Changes what an administrator may change of a user (the facade has checked the profile); the
     * username stays, and is the display name when none is given.
     */
    public void change(UserProfile profile, Set<Role> newRoles) {
        this.displayName = profile.displayName() == null ? username : profile.displayName();
        this.email = profile.email();
        this.roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public void changePasswordHash(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
