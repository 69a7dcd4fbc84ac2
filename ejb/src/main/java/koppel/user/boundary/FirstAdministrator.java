package koppel.user.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import koppel.user.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure a fresh installation can be logged into: when there is no user at all, creates the
 * administrator named by {@code koppel.admin.username} with the password from
 * {@code koppel.admin.password}, or with a generated one printed once in the log.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 20;

    /**
     * Present: RequiredSettings stops the deployment, naming the key, when it is not. A Provider,
     * so that the servers do not check the injection first with messages of their own.
     */
    @Inject
    @ConfigProperty(name = "koppel.admin.username")
    private Provider<String> username;

    @Inject
    @ConfigProperty(name = "koppel.admin.password")
    private Optional<String> password;

    @EJB
    private Users users;

    /**
     * Outside a transaction, so that the creation commits (or fails) on its own: instances started
     * together on an empty database may both try, and the one that loses finds the other's.
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void createWhenNoUserExists() {
        if (users.count() > 0) {
            return;
        }
        String chosen = password.orElseGet(FirstAdministrator::generate);
        try {
            users.create(username.get(), "Administrator", chosen.toCharArray(), EnumSet.of(Role.ADMIN));
        } catch (RuntimeException e) {
            // the name taken (when the other's commit came first) or the commit refused (when not)
            if (users.count() == 0) {
                throw e;
            }
            LOG.info("Another instance created the first administrator at the same time.");
            return;
        }
        if (password.isPresent()) {
            LOG.info(() -> "Created the administrator '%s' with the password from koppel.admin.password."
                    .formatted(username.get()));
        } else {
            LOG.warning(() -> ("Created the administrator '%s' with the generated password %s"
                            + " (shown only this once; change it after logging in).")
                    .formatted(username.get(), chosen));
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder generated = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            generated.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return generated.toString();
    }
}
