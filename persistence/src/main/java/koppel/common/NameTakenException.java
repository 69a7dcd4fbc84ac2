package koppel.common;

/**
 * A name given for a team, a link or a key is already used by another one (case and surrounding
 * space do not count). Concerns the field "name"; a UI says it in its own words.
 */
public class NameTakenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NameTakenException(String message) {
        super("name", message);
    }
}
