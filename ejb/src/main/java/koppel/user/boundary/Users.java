package koppel.user.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import koppel.common.BusinessException;
import koppel.common.FieldErrors;
import koppel.common.NoSuchResourceException;
import koppel.common.control.Validation;
import koppel.query.Field;
import koppel.query.ListQuery;
import koppel.query.Listing;
import koppel.query.Page;
import koppel.user.control.PasswordHasher;
import koppel.user.entity.Credentials;
import koppel.user.entity.Role;
import koppel.user.entity.User;
import koppel.user.entity.UserProfile;

/**
 * Users: creating, changing, disabling and deleting them for the admin UI, and checking their
 * passwords at login. An administrator cannot lock themselves out: they cannot disable or delete
 * themselves, nor take their own admin role away. A user's keys stop working with the user.
 */
@Stateless
public class Users {

    private static final Listing<User> LISTING = Listing.of(
            User.class,
            Field.text("username", "username"),
            Field.text("display_name", "displayName"),
            Field.text("email", "email"),
            Field.bool("enabled", "enabled"));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Event<UserChanged> changes;

    @Inject
    private Validation validation;

    public User create(String username, String displayName, char[] password, Set<Role> roles) {
        return create(username, displayName, null, password, roles);
    }

    public User create(String username, String displayName, String email, char[] password, Set<Role> roles) {
        UserProfile profile = new UserProfile(displayName, email);
        FieldErrors errors = validation.errors(profile, new Credentials(username, password));
        if (!errors.asMap().containsKey("username") && findByUsername(username).isPresent()) {
            errors.add("username", "The username is already taken.");
        }
        errors.throwIfAny();
        User user = new User(username, displayName, hasher.hash(password), roles);
        user.change(profile, roles);
        em.persist(user);
        return user;
    }

    /** One page of the users, ordered by "username", "display_name", "email" or "enabled". */
    public Page<User> list(ListQuery query) {
        return LISTING.list(em, Listing.Scope.all(), query);
    }

    public List<User> listAll() {
        return em.createNamedQuery(User.ALL, User.class).getResultList();
    }

    public Optional<User> find(UUID id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    public User get(UUID id) {
        return find(id).orElseThrow(() -> new NoSuchResourceException("The user"));
    }

    /** Changes the user and, when {@code newPassword} is given, their password: all or nothing. */
    public User change(
            UUID id, String displayName, String email, Set<Role> roles, char[] newPassword, String actingUsername) {
        User user = get(id);
        boolean passwordGiven = newPassword != null && newPassword.length > 0;
        UserProfile profile = new UserProfile(displayName, email);
        FieldErrors errors = passwordGiven
                ? validation.errors(profile, new Credentials(user.getUsername(), newPassword))
                : validation.errors(profile);
        errors.throwIfAny();
        if (user.getUsername().equals(actingUsername) && !roles.contains(Role.ADMIN)) {
            throw new BusinessException("roles", "You cannot take your own admin role away.");
        }
        user.change(profile, roles);
        if (passwordGiven) {
            user.changePasswordHash(hasher.hash(newPassword));
        }
        return user;
    }

    /** Disables the user: they can no longer log in, and their keys fail from the next request on. */
    public User disable(UUID id, String actingUsername) {
        User user = notActing(id, actingUsername, "You cannot disable yourself.");
        user.disable();
        changes.fire(new UserChanged(id, false));
        return user;
    }

    public User enable(UUID id) {
        User user = get(id);
        user.enable();
        changes.fire(new UserChanged(id, false));
        return user;
    }

    /** Deletes the user and their keys. */
    public void delete(UUID id, String actingUsername) {
        User user = notActing(id, actingUsername, "You cannot delete yourself.");
        changes.fire(new UserChanged(id, true));
        em.remove(user);
    }

    private User notActing(UUID id, String actingUsername, String message) {
        User user = get(id);
        if (user.getUsername().equals(actingUsername)) {
            throw new BusinessException(message);
        }
        return user;
    }

    public Optional<User> findByUsername(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /**
     * The enabled user with this name and password. Costs the same time whether or not the user
     * exists, so that the answer does not tell which names are taken.
     */
    public Optional<User> authenticate(String username, char[] password) {
        Optional<User> user = findByUsername(username);
        if (user.isEmpty()) {
            hasher.verifyDecoy(password);
            return Optional.empty();
        }
        return user.filter(candidate -> hasher.verify(password, candidate.getPasswordHash()))
                .filter(User::isEnabled);
    }

    public long count() {
        return em.createNamedQuery(User.COUNT, Long.class).getSingleResult();
    }
}
