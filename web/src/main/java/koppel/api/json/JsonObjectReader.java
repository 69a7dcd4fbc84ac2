package koppel.api.json;

import static koppel.common.Jsonp.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import koppel.api.error.ApiError;

/**
 * Reads every request body the API takes: at most 1 MiB (413 beyond, whatever Content-Length
 * said), one JSON object (400 naming the parse error otherwise). Application providers win over
 * the server's own JSON-P reader, so no body reaches a resource any other way.
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
        byte[] body = readBounded(entity);
        try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(body))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw ApiError.malformedJson("Expected a JSON object.");
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                throw ApiError.malformedJson("Extra data after the JSON object.");
            }
            return object;
        } catch (JsonException e) {
            throw ApiError.malformedJson(firstLine(e.getMessage()));
        }
    }

    /** The whole body, or a 413 when it is over 1 MiB. */
    public static byte[] readBounded(InputStream entity) throws IOException {
        byte[] body = entity.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            drain(entity);
            throw ApiError.tooLarge();
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

    private static String firstLine(String message) {
        if (message == null) {
            return "Invalid JSON.";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
