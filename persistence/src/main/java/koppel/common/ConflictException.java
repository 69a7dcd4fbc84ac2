package koppel.common;

/** The request contradicts the current state: a stale version, a reused idempotency key. */
public class ConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
