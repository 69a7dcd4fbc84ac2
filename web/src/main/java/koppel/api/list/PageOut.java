package koppel.api.list;

import static koppel.common.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
public record PageOut<T>(long count, String next, String previous, List<T> results) {

    public static <E, T> PageOut<T> of(Page<E> page, UriInfo uri, Function<E, T> out) {
        String next = page.hasNext() ? window(uri, page.offset() + page.limit(), page.limit()) : null;
        String previous =
                page.hasPrevious() ? window(uri, Math.max(0, page.offset() - page.limit()), page.limit()) : null;
        return new PageOut<>(
                page.count(), next, previous, page.items().stream().map(out).toList());
    }

    /** The page as JSON, for pages of resources already written as JSON (no second serializer pass). */
    public JsonObject json() {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        results.forEach(result -> items.add((JsonValue) result));
        return JSON.createObjectBuilder()
                .add("count", count)
                .add("next", next == null ? JsonValue.NULL : JSON.createValue(next))
                .add("previous", previous == null ? JsonValue.NULL : JSON.createValue(previous))
                .add("results", items)
                .build();
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
