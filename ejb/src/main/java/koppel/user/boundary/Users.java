package koppel.user.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import koppel.common.BusinessException;
import koppel.user.control.PasswordHasher;
import koppel.user.entity.Role;
import koppel.user.entity.User;

/** Creates users and checks their passwords. */
@Stateless
public class Users {

    public static final int MIN_PASSWORD_LENGTH = 12;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    public User create(String username, String displayName, char[] password, Set<Role> roles) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new BusinessException("password", "A password has at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (findByUsername(username).isPresent()) {
            throw new BusinessException("username", "The username is already taken.");
        }
        User user = new User(username, displayName, hasher.hash(password), roles);
        em.persist(user);
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
