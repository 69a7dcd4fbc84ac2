package koppel.user.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and verifies passwords with the container's PBKDF2 implementation, tuned to today's advice
 * (PBKDF2-HMAC-SHA512, 210,000 iterations, 32-byte salt).
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    /** Verified against when a user does not exist, so that a wrong name costs as long as a wrong password. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("decoy".toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String hash) {
        return pbkdf2.verify(password, hash);
    }

    /** Spends the time a verification takes, for a user that does not exist. */
    public void verifyDecoy(char[] password) {
        pbkdf2.verify(password, decoy);
    }
}
