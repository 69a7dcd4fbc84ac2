package koppel.common;

/**
 * The resource exists, but in a team other than the one the caller named: never shown, never
 * changed, and told apart from "does not exist" only as "not allowed".
 */
public class ForeignResourceException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ForeignResourceException() {
        super("The resource belongs to another team.");
    }
}
