package koppel.api.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import koppel.common.InvalidFieldsException;
import koppel.common.Texts;

/**
 * Reads the fields of a request body by type, collecting every type error under its field name
 * before any is reported; rules beyond the type are the facades' business. Fields not asked for
 * (read-only ones like {@code id}, unknown ones) are ignored, as the contract says.
 */
public final class JsonInput {

    private final JsonObject body;
    private final Map<String, List<?>> errors = new LinkedHashMap<>();

    public JsonInput(JsonObject body) {
        this.body = body;
    }

    /** A string, or null when absent or null; blank strings count as absent. */
    public String string(String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            if (!Texts.storable(text.getString())) {
                return fail(name, "Null characters and unpaired surrogates are not allowed.");
            }
            return text.getString().isBlank() ? null : text.getString();
        }
        return fail(name, "Not a valid string.");
    }

    public LocalDate date(String name) {
        String text = string(name);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return fail(name, "Date has wrong format. Use YYYY-MM-DD.");
        }
    }

    public Instant dateTime(String name) {
        String text = string(name);
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return fail(name, "Datetime has wrong format. Use ISO 8601 with an offset, e.g. 2026-11-23T10:00:00Z.");
        }
    }

    public UUID uuid(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        return Ids.parse(text).orElseGet(() -> fail(name, "Must be a valid UUID."));
    }

    public Integer integer(String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.bigIntegerValueExact().intValueExact();
            } catch (ArithmeticException e) {
                return fail(name, "A valid integer is required.");
            }
        }
        return fail(name, "A valid integer is required.");
    }

    /** A JSON object, as JSON text; "{}" when absent. */
    public String object(String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "{}";
        }
        if (value instanceof JsonObject object) {
            String text = object.toString();
            return Texts.storable(text) ? text : fail(name, "Null characters and unpaired surrogates are not allowed.");
        }
        return fail(name, "Expected an object.");
    }

    /** Whether every field read so far had the right type; if not, reports them all. */
    public void done() {
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    private <T> T fail(String name, String message) {
        List<String> messages = new ArrayList<>();
        messages.add(message);
        errors.put(name, messages);
        return null;
    }
}
