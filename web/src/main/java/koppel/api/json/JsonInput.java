package koppel.api.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import koppel.common.Dates;
import koppel.common.FieldErrors;
import koppel.common.Ids;
import koppel.common.Texts;

/**
 * Reads the fields of a request body by type, collecting every type error under its field name
 * before any is reported; rules beyond the type are the facades' business. Fields not asked for
 * (read-only ones like {@code id}, unknown ones) are ignored, as the contract says.
 */
public final class JsonInput {

    private final JsonObject body;
    private final FieldErrors errors;
    private final List<Object> at;

    /** Reads the body; none at all (a runtime may pass null for an empty one) is a 400 as malformed. */
    public JsonInput(JsonObject body) {
        this(requireBody(body), new FieldErrors(), List.of());
    }

    private static JsonObject requireBody(JsonObject body) {
        if (body == null) {
            throw BodyRefused.malformed("Expected a JSON object.");
        }
        return body;
    }

    /** For a nested object: its errors go into the parent's, under its path. */
    private JsonInput(JsonObject body, FieldErrors errors, List<Object> at) {
        this.body = body;
        this.errors = errors;
        this.at = at;
    }

    /** The nested object under {@code name}, read with the same error collection; null when absent or not an object. */
    public JsonInput nested(String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonObject object) {
            return new JsonInput(object, errors, path(name));
        }
        return fail(name, "Expected an object.");
    }

    /** The objects of the list under {@code name}; empty when absent, null (with an error) when not a list of objects. */
    public List<JsonInput> nestedList(String name, int max) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array) || array.size() > max) {
            return fail(name, "Expected a list of at most " + max + " objects.");
        }
        List<JsonInput> elements = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject object)) {
                return fail(name, "Expected a list of at most " + max + " objects.");
            }
            List<Object> element = new ArrayList<>(path(name));
            element.add(i);
            elements.add(new JsonInput(object, errors, element));
        }
        return elements;
    }

    /** Strings keyed by string, e.g. translations {"en": "...", "fr": "..."}; a plain string is taken as {"en": it}. */
    public Map<String, String> strings(String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Map.of();
        }
        if (value instanceof JsonString) {
            String text = string(name);
            return text == null ? Map.of() : Map.of("en", text);
        }
        if (!(value instanceof JsonObject object) || object.size() > 50) {
            return fail(name, "Expected an object of texts by language, e.g. {\"en\": \"...\"}.");
        }
        Map<String, String> strings = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            if (!(entry.getValue() instanceof JsonString text)
                    || !Texts.storable(text.getString())
                    || !Texts.storable(entry.getKey())) {
                return fail(name, "Expected an object of texts by language, e.g. {\"en\": \"...\"}.");
            }
            strings.put(entry.getKey(), text.getString());
        }
        return strings;
    }

    /** A string, or null when absent or null; blank strings count as absent. */
    public String string(String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            if (!Texts.storable(text.getString())) {
                return fail(name, Texts.NOT_STORABLE);
            }
            return text.getString().isBlank() ? null : text.getString();
        }
        return fail(name, "Not a valid string.");
    }

    /** A date of the years 1 to 9999 (as databases and other languages store them), as YYYY-MM-DD. */
    public LocalDate date(String name) {
        String text = string(name);
        LocalDate date = text == null ? null : Dates.date(text);
        return text == null || date != null ? date : fail(name, Dates.DATE_FORMAT);
    }

    /** An instant of the years 1 to 9999 in UTC, as ISO 8601 with an offset. */
    public Instant dateTime(String name) {
        String text = string(name);
        Instant instant = text == null ? null : Dates.dateTime(text);
        return text == null || instant != null ? instant : fail(name, Dates.DATETIME_FORMAT);
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
        if (value instanceof JsonNumber number) {
            try {
                // BigDecimal's exact conversion checks the size before it computes: 1e999999999 is cheap to refuse
                return number.bigDecimalValue().intValueExact();
            } catch (ArithmeticException e) {
                return fail(name, "A valid integer is required.");
            }
        }
        return fail(name, "A valid integer is required.");
    }

    public Boolean bool(String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        return fail(name, "Must be a valid boolean.");
    }

    /** A decimal number, given as a JSON number or a string ("12.50"), as money usually is. */
    public BigDecimal decimal(String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        try {
            BigDecimal number = value instanceof JsonNumber json
                    ? json.bigDecimalValue()
                    : value instanceof JsonString text
                            ? new BigDecimal(text.getString().strip())
                            : null;
            if (number != null && Math.abs(number.scale()) <= 10 && number.precision() <= 20) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return fail(name, "A valid number is required.");
    }

    /** A list of strings; null when absent, so that a record can tell a default from an empty list. */
    public List<String> stringList(String name, int max) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonArray array) || array.size() > max) {
            return fail(name, "Expected a list of at most " + max + " strings.");
        }
        List<String> strings = new ArrayList<>();
        for (JsonValue element : array) {
            if (!(element instanceof JsonString text) || !Texts.storable(text.getString())) {
                return fail(name, "Expected a list of at most " + max + " strings.");
            }
            strings.add(text.getString());
        }
        return List.copyOf(strings);
    }

    /** A list of ids; an empty list when absent. */
    public List<UUID> uuids(String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array) || array.size() > 1000) {
            return fail(name, "Expected a list of ids.");
        }
        List<UUID> ids = new ArrayList<>();
        for (JsonValue element : array) {
            Optional<UUID> id = element instanceof JsonString text ? Ids.parse(text.getString()) : Optional.empty();
            if (id.isEmpty()) {
                return fail(name, "Must be a list of valid UUIDs.");
            }
            ids.add(id.get());
        }
        return List.copyOf(ids);
    }

    /** A JSON object, as JSON text; "{}" when absent. */
    public String object(String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "{}";
        }
        if (value instanceof JsonObject object) {
            String text = object.toString();
            return Texts.storable(text) ? text : fail(name, Texts.NOT_STORABLE);
        }
        return fail(name, "Expected an object.");
    }

    /** Whether every field read so far had the right type; if not, reports them all. */
    public void done() {
        errors.throwIfAny();
    }

    /** The type errors so far, by path; the fields they name were read as absent. */
    public FieldErrors errors() {
        return errors;
    }

    private <T> T fail(String name, String message) {
        errors.add(path(name), message);
        return null;
    }

    private List<Object> path(String name) {
        List<Object> path = new ArrayList<>(at);
        path.add(name);
        return path;
    }
}
