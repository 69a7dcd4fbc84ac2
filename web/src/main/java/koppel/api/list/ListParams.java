package koppel.api.list;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import koppel.common.InvalidFieldsException;
import koppel.query.ListQuery;

/** Reads a list request's query string: paging and ordering by their names, everything else a filter. */
public final class ListParams {

    /** Query parameters that are not filters. */
    private static final Set<String> RESERVED = Set.of("offset", "limit", "ordering", "expand", "lang");

    private ListParams() {}

    public static ListQuery read(UriInfo uri) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        Map<String, String> filters = new HashMap<>();
        query.forEach((name, values) -> {
            if (!RESERVED.contains(name)) {
                filters.put(name, last(values));
            }
        });
        return new ListQuery(
                integer(query, "offset", 0),
                integer(query, "limit", ListQuery.DEFAULT_LIMIT),
                query.getFirst("ordering"),
                filters);
    }

    private static int integer(MultivaluedMap<String, String> query, String name, int absent) {
        String text = query.containsKey(name) ? last(query.get(name)) : null;
        if (text == null) {
            return absent;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            if (text.strip().matches("\\d{10,}")) {
                return Integer.MAX_VALUE;
            }
            throw InvalidFieldsException.of(name, "A valid integer is required.");
        }
    }

    private static String last(List<String> values) {
        return values.isEmpty() ? "" : values.get(values.size() - 1);
    }
}
