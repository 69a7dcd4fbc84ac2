package koppel.common;

/** What was asked for does not exist (or not where the caller looked for it). */
public class NoSuchResourceException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NoSuchResourceException(String what) {
        super(what + " does not exist.");
    }
}
