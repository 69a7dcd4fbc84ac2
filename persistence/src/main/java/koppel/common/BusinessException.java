package koppel.common;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the business was broken by what a caller asked for. It rolls the transaction back and
 * is mapped once to a client error by each front end (API error body, UI message).
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public BusinessException(String message) {
        this(null, message);
    }

    /** A broken rule that concerns one input field, named as the caller knows it. */
    public BusinessException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field concerned, or {@code null} when the rule concerns the request as a whole. */
    public String getField() {
        return field;
    }
}
