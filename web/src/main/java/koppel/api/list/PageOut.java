package koppel.api.list;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import koppel.query.Page;

/**
 * A page of a list as the contract writes it; {@code next} and {@code previous} are absolute and
 * keep every other query parameter of the request.
 */
public record PageOut<T>(
        @JsonbProperty("count") long count,
        @JsonbNillable @JsonbProperty("next") String next,
        @JsonbNillable @JsonbProperty("previous") String previous,
        @JsonbProperty("results") List<T> results) {

    public static <E, T> PageOut<T> of(Page<E> page, UriInfo uri, Function<E, T> out) {
        return of(page, uri, page.items().stream().map(out).toList());
    }

    /** The page with its items as written already. */
    public static <T> PageOut<T> of(Page<?> page, UriInfo uri, List<T> results) {
        String next = page.hasNext() ? window(uri, page.offset() + page.limit(), page.limit()) : null;
        String previous =
                page.hasPrevious() ? window(uri, Math.max(0, page.offset() - page.limit()), page.limit()) : null;
        return new PageOut<>(page.count(), next, previous, results);
    }

    /** The request's own address with another window; built by hand so that no value is read as a template. */
    private static String window(UriInfo uri, int offset, int limit) {
        StringJoiner query = new StringJoiner("&");
        uri.getQueryParameters().forEach((name, values) -> {
            if (!name.equals("offset") && !name.equals("limit")) {
                values.forEach(value -> query.add(encode(name) + "=" + encode(value)));
            }
        });
        query.add("limit=" + limit);
        if (offset > 0) {
            query.add("offset=" + offset);
        }
        return uri.getAbsolutePath() + "?" + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
