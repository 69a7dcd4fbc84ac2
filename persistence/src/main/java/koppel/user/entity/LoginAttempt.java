package koppel.user.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

/**
 * One try to sign in to the admin UI, by a username from an address. Written before the password
 * is checked, so that parallel guesses see each other; a successful sign-in removes its username's
 * rows, so what remains are failures (or tries still being checked).
 */
@Entity
@Table(name = "login_attempts")
@NamedQuery(
        name = LoginAttempt.BY_USERNAME,
        query = "select a.attemptedAt from LoginAttempt a where a.username = :key and a.id <> :id"
                + " and a.attemptedAt >= :since and a.attemptedAt <= :until order by a.attemptedAt")
@NamedQuery(
        name = LoginAttempt.BY_ADDRESS,
        query = "select a.attemptedAt from LoginAttempt a where a.address = :key and a.id <> :id"
                + " and a.attemptedAt >= :since and a.attemptedAt <= :until order by a.attemptedAt")
@NamedQuery(name = LoginAttempt.FORGET_USERNAME, query = "delete from LoginAttempt a where a.username = :username")
@NamedQuery(name = LoginAttempt.FORGET_OLDER, query = "delete from LoginAttempt a where a.attemptedAt < :before")
public class LoginAttempt {

    public static final String BY_USERNAME = "LoginAttempt.byUsername";
    public static final String BY_ADDRESS = "LoginAttempt.byAddress";
    public static final String FORGET_USERNAME = "LoginAttempt.forgetUsername";
    public static final String FORGET_OLDER = "LoginAttempt.forgetOlder";

    private static final int MAX_USERNAME = 200;
    private static final int MAX_ADDRESS = 64;

    @Id
    private UUID id = UUID.randomUUID();

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false, updatable = false)
    private String address;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);

    protected LoginAttempt() {}

    public LoginAttempt(String username, String address) {
        this.username = key(username);
        this.address = bounded(address == null ? "" : address, MAX_ADDRESS);
    }

    /** Names that sign in as the same user count together: "Admin " is "admin". */
    public static String key(String username) {
        return bounded(username == null ? "" : username.strip().toLowerCase(Locale.ROOT), MAX_USERNAME);
    }

    private static String bounded(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    public UUID getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getAddress() {
        return address;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }
}
