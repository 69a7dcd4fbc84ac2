package koppel.api.json;

import jakarta.json.JsonObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import koppel.common.ApiNames;
import koppel.common.FieldErrors;

/**
 * Reads a request body into the record that describes the resource (such as {@code ClientData}):
 * each component from the field of its public name ({@link ApiNames}), by its type, with every
 * type error reported at once; the fields of an {@code @Inline} value object are read from the
 * same level as the record's own; {@code custom_data} is kept as the JSON text of an object. Fields
 * the record does not have, or marks {@link koppel.common.ReadOnly}, are ignored, as the contract
 * says for read-only ones.
 */
public final class RecordReader {

    /** At most this many elements in a nested list (of order items, prices, ...). */
    public static final int MAX_NESTED = 200;

    static final String CUSTOM_DATA = "custom_data";

    private static final ClassValue<Constructor<?>> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            try {
                return type.getDeclaredConstructor(Arrays.stream(ApiNames.components(type))
                        .map(RecordComponent::getType)
                        .toArray(Class[]::new));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("A record has its canonical constructor: " + type, e);
            }
        }
    };

    private RecordReader() {}

    /** The record the body describes; fields it lacks are null (false, 0 for primitives). */
    public static <R extends Record> R read(Class<R> type, JsonObject body) {
        Read<R> read = readAll(type, body);
        read.typeErrors().throwIfAny();
        return read.record();
    }

    /**
     * The record the body describes, with the fields of the wrong type read as absent, and those
     * type errors; so that the rules of the rest can be checked too and every mistake reported at
     * once.
     */
    public static <R extends Record> Read<R> readAll(Class<R> type, JsonObject body) {
        JsonInput in = new JsonInput(body);
        R read = read(type, in);
        return new Read<>(read, in.errors());
    }

    /** A record as read, and the fields that were of the wrong type (absent in the record). */
    public record Read<R>(R record, FieldErrors typeErrors) {}

    private static <R extends Record> R read(Class<R> type, JsonInput in) {
        RecordComponent[] components = ApiNames.components(type);
        String[] names = ApiNames.names(type);
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(in, components[i], names[i]);
        }
        try {
            return type.cast(CONSTRUCTORS.get(type).newInstance(values));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException rule) {
                throw rule;
            }
            throw new IllegalStateException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make a " + type.getSimpleName(), e);
        }
    }

    private static Object value(JsonInput in, RecordComponent component, String name) {
        Class<?> type = component.getType();
        Class<?> element = ApiNames.elementType(component);
        if (ApiNames.isReadOnly(component)) {
            return null;
        }
        if (ApiNames.isInline(component)) {
            return read(type.asSubclass(Record.class), in);
        }
        if (name.equals(CUSTOM_DATA)) {
            return in.object(name);
        }
        if (type == String.class) {
            return in.string(name);
        }
        if (type == LocalDate.class) {
            return in.date(name);
        }
        if (type == Instant.class) {
            return in.dateTime(name);
        }
        if (type == UUID.class) {
            return in.uuid(name);
        }
        if (type == Integer.class || type == int.class) {
            Integer value = in.integer(name);
            return value == null && type == int.class ? Integer.valueOf(0) : value;
        }
        if (type == Boolean.class || type == boolean.class) {
            Boolean value = in.bool(name);
            return value == null && type == boolean.class ? Boolean.FALSE : value;
        }
        if (type == BigDecimal.class) {
            return in.decimal(name);
        }
        if (type == List.class && element == UUID.class) {
            return in.uuids(name);
        }
        if (type == List.class && element == String.class) {
            return in.stringList(name, MAX_NESTED);
        }
        if (type == Map.class) {
            return in.strings(name);
        }
        if (type.isRecord()) {
            JsonInput nested = in.nested(name);
            return nested == null ? null : read(type.asSubclass(Record.class), nested);
        }
        if (type == List.class && element.isRecord()) {
            Class<? extends Record> records = element.asSubclass(Record.class);
            List<JsonInput> nested = in.nestedList(name, MAX_NESTED);
            return nested == null
                    ? null
                    : nested.stream().map(item -> read(records, item)).toList();
        }
        throw new IllegalStateException("No JSON reading for " + component);
    }
}
