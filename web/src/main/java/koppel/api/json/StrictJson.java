package koppel.api.json;

import static koppel.common.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Turns the bytes of a request body into one JSON object, refusing what a lenient reader would
 * quietly accept or choke on later: bytes that are not UTF-8 (overlong forms included; a lenient
 * decoder makes them U+FFFD), nesting deeper than {@value #MAX_DEPTH} levels (refused as the
 * parser reaches it, before reading deeper, so that nothing downstream recurses over it), and a key
 * given twice in one object (which of the two would count is anyone's guess). Each is the
 * contract's {@code 400 JSON parse error}. The object is built event by event from JSON-P's
 * streaming parser, which is what lets it stop at the limit.
 */
public final class StrictJson {

    /** The deepest nesting of objects and arrays a body may have; the body itself is level 1. */
    public static final int MAX_DEPTH = 64;

    /** Parser messages can quote the input; a client's text is echoed at most this long. */
    private static final int MAX_PROBLEM = 200;

    private StrictJson() {}

    /** The one JSON object in the UTF-8 body; otherwise a 400 {@code JSON parse error - ...}. */
    public static JsonObject object(byte[] body) {
        try (JsonParser parser = JSON.createParser(new StringReader(utf8(body)))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw BodyRefused.malformed("Expected a JSON object.");
            }
            JsonObject object = new Builder(parser).object();
            if (parser.hasNext()) {
                throw BodyRefused.malformed("Extra data after the JSON object.");
            }
            return object;
        } catch (JsonException | NumberFormatException | ArithmeticException | UnsupportedOperationException e) {
            // Parsson refuses a number of over 1,100 characters with an UnsupportedOperationException
            throw BodyRefused.malformed(problem(e.getMessage()));
        }
    }

    /** The text of UTF-8 bytes, refusing any byte sequence that is not well-formed UTF-8. */
    static String utf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(body);
        try {
            CharBuffer text = decoder.decode(bytes);
            return text.toString();
        } catch (CharacterCodingException e) {
            throw BodyRefused.malformed("Invalid UTF-8 at byte " + bytes.position() + ".");
        }
    }

    private static String problem(String message) {
        if (message == null || message.isBlank()) {
            return "Invalid JSON.";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() <= MAX_PROBLEM ? line : line.substring(0, MAX_PROBLEM) + "...";
    }

    /** Builds the object the parser is at the start of, one event at a time, counting levels. */
    private static final class Builder {

        private final JsonParser parser;
        private final Deque<Frame> open = new ArrayDeque<>();

        Builder(JsonParser parser) {
            this.parser = parser;
        }

        JsonObject object() {
            start(new Frame(JSON.createObjectBuilder()));
            while (true) {
                if (!parser.hasNext()) {
                    throw BodyRefused.malformed("Unexpected end of the body.");
                }
                switch (parser.next()) {
                    case KEY_NAME -> open.peek().key(parser.getString());
                    case START_OBJECT -> start(new Frame(JSON.createObjectBuilder()));
                    case START_ARRAY -> start(new Frame(JSON.createArrayBuilder()));
                    case END_OBJECT, END_ARRAY -> {
                        JsonValue done = open.pop().build();
                        if (open.isEmpty()) {
                            return (JsonObject) done;
                        }
                        open.peek().add(done);
                    }
                    case VALUE_STRING -> open.peek().add(JSON.createValue(parser.getString()));
                    case VALUE_NUMBER -> open.peek().add(JSON.createValue(parser.getBigDecimal()));
                    case VALUE_TRUE -> open.peek().add(JsonValue.TRUE);
                    case VALUE_FALSE -> open.peek().add(JsonValue.FALSE);
                    case VALUE_NULL -> open.peek().add(JsonValue.NULL);
                }
            }
        }

        private void start(Frame frame) {
            if (open.size() == MAX_DEPTH) {
                throw BodyRefused.malformed("Nesting deeper than " + MAX_DEPTH + " levels.");
            }
            open.push(frame);
        }
    }

    /** An object or array being built; for an object, its keys so far and the one awaiting its value. */
    private static final class Frame {

        private final Object builder;
        private final Set<String> keys;
        private String key;

        Frame(Object builder) {
            this.builder = builder;
            this.keys = builder instanceof JsonObjectBuilder ? new HashSet<>() : null;
        }

        void key(String name) {
            if (!keys.add(name)) {
                String shown = name.length() <= 50 ? name : name.substring(0, 50) + "...";
                throw BodyRefused.malformed("Duplicate key \"" + shown + "\".");
            }
            key = name;
        }

        void add(JsonValue value) {
            if (builder instanceof JsonObjectBuilder object) {
                object.add(key, value);
            } else {
                ((JsonArrayBuilder) builder).add(value);
            }
        }

        JsonValue build() {
            return builder instanceof JsonObjectBuilder object ? object.build() : ((JsonArrayBuilder) builder).build();
        }
    }
}
