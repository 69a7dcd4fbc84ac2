package koppel.common;

import java.util.List;
import java.util.Map;

/** Input broken in one or more named fields, each with its messages (see {@link FieldErrors}). */
public class InvalidFieldsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, Object> errors;

    public InvalidFieldsException(FieldErrors errors) {
        super("Invalid fields: " + errors.asMap().keySet());
        this.errors = errors.asMap();
    }

    public static InvalidFieldsException of(String field, String message) {
        return new InvalidFieldsException(new FieldErrors().add(field, message));
    }

    public static InvalidFieldsException of(String field, List<String> messages) {
        FieldErrors errors = new FieldErrors();
        messages.forEach(message -> errors.add(field, message));
        return new InvalidFieldsException(errors);
    }

    /** Field name to a list of messages, a nested map, or a list of nested maps. */
    public Map<String, Object> getErrors() {
        return errors;
    }
}
