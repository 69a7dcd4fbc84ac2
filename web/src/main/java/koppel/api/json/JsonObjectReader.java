package koppel.api.json;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;

/**
 * Reads every request body the API takes: UTF-8 without content encoding (415 otherwise), at most
 * 1 MiB (413 beyond, whatever Content-Length said), one JSON object within {@link StrictJson}'s
 * limits (400 naming the parse error otherwise). Application providers win over the server's own
 * JSON-P reader, so no body reaches a resource any other way.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonObjectReader implements MessageBodyReader<JsonObject> {

    public static final int MAX_BODY_BYTES = 1024 * 1024;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(
            Class<JsonObject> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream entity)
            throws IOException {
        acceptable(
                mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER),
                headers.getFirst(HttpHeaders.CONTENT_TYPE),
                headers.get(HttpHeaders.CONTENT_ENCODING));
        return StrictJson.object(readBounded(entity));
    }

    /**
     * A 415 for a body this reader would have to guess at: a charset other than UTF-8 (JSON is
     * UTF-8, RFC 8259), or a {@code Content-Encoding} other than identity, which would otherwise be
     * read as if it were plain JSON.
     */
    static void acceptable(String charset, String contentType, List<String> encodings) {
        if (charset != null && !unquoted(charset).equalsIgnoreCase("UTF-8")) {
            throw BodyRefused.unsupported(contentType, null);
        }
        for (String encoding : encodings == null ? List.<String>of() : encodings) {
            for (String each : encoding.split(",")) {
                if (!each.isBlank() && !each.strip().equalsIgnoreCase("identity")) {
                    throw BodyRefused.unsupported(contentType, encoding);
                }
            }
        }
    }

    private static String unquoted(String value) {
        String stripped = value.strip();
        return stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")
                ? stripped.substring(1, stripped.length() - 1)
                : stripped;
    }

    /** The whole body, or a 413 when it is over 1 MiB. */
    public static byte[] readBounded(InputStream entity) throws IOException {
        byte[] body = entity.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            drain(entity);
            throw BodyRefused.tooLarge();
        }
        return body;
    }

    /**
     * Reads what is left of a refused body (up to a bound), so that the client, which sends its
     * whole body before it reads, gets the 413 instead of a stalled connection.
     */
    private static void drain(InputStream entity) throws IOException {
        long left = 64L * MAX_BODY_BYTES;
        byte[] buffer = new byte[64 * 1024];
        int read;
        while (left > 0 && (read = entity.read(buffer)) >= 0) {
            left -= read;
        }
    }
}
