package koppel.external;

import java.time.Duration;
import java.util.Optional;

/**
 * An external system (a ticketing system, an integration source) refused a call or could not be reached. The message says what happened in
 * words an administrator can act on, with the system's own message where it sent one.
 */
public class ExternalException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Reason {
        /** The system refused the credentials (401, 403). */
        CREDENTIALS,
        /** The clocks differ too much for a signature to hold. */
        CLOCK_SKEW,
        /** No connection: name unknown, refused, TLS failed. */
        UNREACHABLE,
        TIMEOUT,
        /** 429: too many calls; {@link #retryAfter()} says how long to wait when the system said. */
        RATE_LIMITED,
        /** The record is not there (any more). */
        NOT_FOUND,
        /** The record may not be changed as asked (a ticketing event no longer a draft). */
        CONFLICT,
        /** The system refused the data (another 4xx): sending it again will not help. */
        REFUSED,
        /** The system failed (5xx) or answered what Koppel cannot read. */
        REMOTE_ERROR,
        /** The address is internal: Koppel does not call it. */
        NOT_ALLOWED
    }

    private final Reason reason;
    private final transient Duration retryAfter;

    public ExternalException(Reason reason, String message) {
        this(reason, message, null, null);
    }

    public ExternalException(Reason reason, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Whether trying the same again later may succeed: everything but refused data and a conflict. */
    public boolean retryable() {
        return reason != Reason.REFUSED && reason != Reason.CONFLICT;
    }
}
