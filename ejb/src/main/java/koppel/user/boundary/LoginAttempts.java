package koppel.user.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Stream;
import koppel.user.control.LoginDelays;
import koppel.user.entity.LoginAttempt;

/**
 * Slows down password guessing on the admin UI's login: after five failed attempts for one
 * username, or twenty from one address, within 15 minutes, further attempts wait, longer each
 * time. Kept in the database, so that every instance and every parallel guess counts.
 *
 * <p>A sign-in is {@link #record recorded} (committed) before it is {@link #waitBefore checked}, in
 * two calls, each its own transaction: guesses made in parallel see each other's rows.
 */
@Stateless
public class LoginAttempts {

    private static final Logger LOG = Logger.getLogger(LoginAttempts.class.getName());
    private static final int LOGGED_NAME_LENGTH = 64;

    @PersistenceContext
    private EntityManager em;

    /** Writes down an attempt about to be checked, and forgets those too old to count. */
    public UUID record(String username, String address) {
        LoginAttempt attempt = new LoginAttempt(username, address);
        em.createNamedQuery(LoginAttempt.FORGET_OLDER)
                .setParameter("before", attempt.getAttemptedAt().minus(LoginDelays.PER_USERNAME.window()))
                .executeUpdate();
        em.persist(attempt);
        return attempt.getId();
    }

    /**
     * How long the recorded attempt must wait before its password may be checked; when it must,
     * the attempt is forgotten (it was never checked) and the refusal is logged in one line.
     */
    public Optional<Duration> waitBefore(UUID attemptId) {
        LoginAttempt attempt = em.find(LoginAttempt.class, attemptId);
        Instant now = attempt.getAttemptedAt();
        Optional<Instant> notBefore = Stream.of(
                        LoginDelays.PER_USERNAME.notBefore(
                                earlier(LoginAttempt.BY_USERNAME, attempt.getUsername(), attempt), now),
                        LoginDelays.PER_ADDRESS.notBefore(
                                earlier(LoginAttempt.BY_ADDRESS, attempt.getAddress(), attempt), now))
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
        notBefore.ifPresent(allowed -> {
            em.remove(attempt);
            LOG.info(() -> "Refused a login for '%s' from %s: too many failed attempts; next try in %d s"
                    .formatted(
                            printable(attempt.getUsername()),
                            attempt.getAddress(),
                            Duration.between(now, allowed).toSeconds() + 1));
        });
        return notBefore.map(allowed -> Duration.between(now, allowed));
    }

    /** The attempt signed in: its username's earlier failures no longer count. */
    public void succeeded(UUID attemptId) {
        LoginAttempt attempt = em.find(LoginAttempt.class, attemptId);
        if (attempt != null) {
            em.createNamedQuery(LoginAttempt.FORGET_USERNAME)
                    .setParameter("username", attempt.getUsername())
                    .executeUpdate();
        }
    }

    private List<Instant> earlier(String query, String key, LoginAttempt attempt) {
        return em.createNamedQuery(query, Instant.class)
                .setParameter("key", key)
                .setParameter("id", attempt.getId())
                .setParameter("since", attempt.getAttemptedAt().minus(LoginDelays.PER_USERNAME.window()))
                .setParameter("until", attempt.getAttemptedAt())
                .getResultList();
    }

    /** A name as typed, safe for one log line: no control characters, not too long. */
    private static String printable(String name) {
        String shown = name.length() > LOGGED_NAME_LENGTH ? name.substring(0, LOGGED_NAME_LENGTH) + "…" : name;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
