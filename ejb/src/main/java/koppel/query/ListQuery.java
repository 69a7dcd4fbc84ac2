package koppel.query;

import java.util.Map;
import koppel.common.FieldErrors;

/**
 * What a caller asks of a list: a window ({@code offset}, {@code limit}), an optional
 * {@code ordering} ("field" or "-field"), and filters by name ("field" or "field__gt" ...) with
 * their raw text values, checked against the collection's fields when the list is made.
 */
public record ListQuery(int offset, int limit, String ordering, Map<String, String> filters) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 100;

    public ListQuery {
        limit = Math.min(limit, MAX_LIMIT);
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    /** Adds what is wrong with the window ({@code offset} below 0, {@code limit} below 1) to these errors. */
    public FieldErrors checkWindow(FieldErrors errors) {
        if (offset < 0) {
            errors.add("offset", "Ensure this value is greater than or equal to 0.");
        }
        if (limit < 1) {
            errors.add("limit", "Ensure this value is greater than or equal to 1.");
        }
        return errors;
    }
}
