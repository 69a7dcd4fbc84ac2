package koppel.api.json;

import static koppel.common.Jsonp.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import koppel.common.Texts;
import koppel.common.entity.TeamOwned;

/**
 * Resources as JSON, from and to the records that carry what callers say about them (such as
 * {@code ClientData}): each component is a field under its snake_case name, read by its type with
 * every type error reported at once; {@code customData} is a JSON object. Written out, a resource
 * is its id, its data, and its times.
 */
public final class JsonRecords {

    /** At most this many elements in a nested list (of order items, prices, ...). */
    public static final int MAX_NESTED = 200;

    private static final Map<RecordComponent, String> NAMES = new ConcurrentHashMap<>();
    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    private JsonRecords() {}

    /** The record the body describes; fields it lacks are null (false, 0 for primitives). */
    public static <R extends Record> R read(Class<R> type, JsonObject body) {
        JsonInput in = new JsonInput(body);
        R read = read(type, in);
        in.done();
        return read;
    }

    private static <R extends Record> R read(Class<R> type, JsonInput in) {
        RecordComponent[] components = components(type);
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(in, components[i]);
        }
        try {
            return type.getDeclaredConstructor(Arrays.stream(components)
                            .map(RecordComponent::getType)
                            .toArray(Class[]::new))
                    .newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException rule) {
                throw rule;
            }
            throw new IllegalStateException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make a " + type.getSimpleName(), e);
        }
    }

    /** The resource as the API shows it: id, then its data, then created and last_modified. */
    public static JsonObjectBuilder write(TeamOwned resource, Record data) {
        JsonObjectBuilder json =
                JSON.createObjectBuilder().add("id", resource.getId().toString());
        fields(json, data);
        return json.add("created", resource.getCreated().toString())
                .add("last_modified", resource.getLastModified().toString());
    }

    /** A record's components as fields of a JSON object. */
    public static JsonObjectBuilder fields(JsonObjectBuilder json, Record data) {
        for (RecordComponent component : components(data.getClass())) {
            json.add(name(component), jsonValue(component, data));
        }
        return json;
    }

    /** The component's API name: {@code firstName} is {@code first_name}. Computed once per component. */
    public static String name(RecordComponent component) {
        return NAMES.computeIfAbsent(component, c -> Texts.snakeCase(c.getName()));
    }

    private static Object value(JsonInput in, RecordComponent component) {
        String name = name(component);
        Class<?> type = component.getType();
        if (name.equals("custom_data")) {
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
        if (type == List.class && isListOf(component, UUID.class)) {
            return in.uuids(name);
        }
        if (type == List.class && isListOf(component, String.class)) {
            return in.stringList(name, MAX_NESTED);
        }
        if (type == Map.class) {
            return in.strings(name);
        }
        if (type.isRecord()) {
            JsonInput nested = in.nested(name);
            return nested == null ? null : read(type.asSubclass(Record.class), nested);
        }
        if (type == List.class && elementType(component).isRecord()) {
            Class<? extends Record> element = elementType(component).asSubclass(Record.class);
            List<JsonInput> nested = in.nestedList(name, MAX_NESTED);
            return nested == null
                    ? null
                    : nested.stream().map(item -> read(element, item)).toList();
        }
        throw new IllegalStateException("No JSON reading for " + component);
    }

    private static JsonValue jsonValue(RecordComponent component, Record data) {
        Object value;
        try {
            value = component.getAccessor().invoke(data);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        if (value != null && component.getName().equals("customData")) {
            return JSON.createReader(new StringReader((String) value)).readObject();
        }
        return json(value);
    }

    private static JsonValue json(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer number) {
            return JSON.createValue(number);
        }
        if (value instanceof BigDecimal number) {
            return JSON.createValue(number.toPlainString());
        }
        if (value instanceof Record nested) {
            return fields(JSON.createObjectBuilder(), nested).build();
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            list.forEach(element -> array.add(json(element)));
            return array.build();
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            new TreeMap<>(map).forEach((key, element) -> object.add(String.valueOf(key), json(element)));
            return object.build();
        }
        return JSON.createValue(value.toString());
    }

    private static boolean isListOf(RecordComponent component, Class<?> element) {
        return elementType(component) == element;
    }

    private static Class<?> elementType(RecordComponent component) {
        return component.getGenericType() instanceof ParameterizedType list
                        && list.getActualTypeArguments()[0] instanceof Class<?> element
                ? element
                : Object.class;
    }

    private static RecordComponent[] components(Class<?> type) {
        return COMPONENTS.computeIfAbsent(type, Class::getRecordComponents);
    }
}
