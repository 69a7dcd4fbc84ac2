package koppel.api.list;

import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import koppel.common.InvalidFieldsException;

/** {@code expand=a.b,c}: checked against the paths a resource can expand; unknown ones are refused by name. */
public final class ExpandParams {

    private ExpandParams() {}

    /** For resources with nothing to expand: any path asked for is unknown. */
    public static void none(UriInfo uri) {
        read(uri, Set.of());
    }

    public static List<String> read(UriInfo uri, Set<String> expandable) {
        List<String> paths = uri.getQueryParameters().getOrDefault("expand", List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(path -> !path.isEmpty())
                .toList();
        List<String> unknown =
                paths.stream().filter(path -> !expandable.contains(path)).toList();
        if (!unknown.isEmpty()) {
            throw InvalidFieldsException.of(
                    "expand",
                    unknown.stream().map(path -> "Unknown field: " + path).toList());
        }
        return paths;
    }
}
