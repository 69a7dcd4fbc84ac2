package koppel.it.generated;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What an integrator's code does around a generated client: reads a link's query and a header. */
final class Links {

    private Links() {}

    /** The query parameters of a {@code next} or {@code previous} link; none for null. */
    static Map<String, String> query(Object link) {
        Map<String, String> query = new TreeMap<>();
        if (link == null || URI.create(link.toString()).getRawQuery() == null) {
            return query;
        }
        for (String pair : URI.create(link.toString()).getRawQuery().split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            query.put(
                    URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                    nameAndValue.length == 1 ? "" : URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
        }
        return query;
    }

    /** A header's first value, its name in any case (clients hand headers over as plain maps). */
    static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name))
                .map(header -> header.getValue().get(0))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + name + " in " + headers.keySet()));
    }
}
