package koppel.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input broken in one or more named fields, each with its messages; the API shows them as
 * {@code {"field": ["message"]}}. A field's value is a list of messages, or for a list of nested
 * objects a list with one such map per element.
 */
public class InvalidFieldsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final Map<String, List<?>> errors;

    public InvalidFieldsException(Map<String, List<?>> errors) {
        super("Invalid fields: " + errors.keySet());
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static InvalidFieldsException of(String field, String message) {
        return new InvalidFieldsException(Map.of(field, List.of(message)));
    }

    public Map<String, List<?>> getErrors() {
        return errors;
    }
}
