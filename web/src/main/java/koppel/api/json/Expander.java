package koppel.api.json;

import static koppel.common.Jsonp.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import koppel.common.entity.Refers;
import koppel.common.entity.TeamOwned;

/**
 * {@code expand}: replaces the ids a resource refers to (components marked {@link Refers}) by the
 * resources themselves, going deeper along dotted paths ({@code items.voucher.product}) through
 * nested objects and lists. Which paths exist follows from the data records, so nothing is listed
 * by hand.
 */
public final class Expander {

    /** How deep paths go: deep enough for items.voucher.product, bounded against cycles. */
    private static final int DEPTH = 3;

    private static final Map<Class<?>, Set<String>> PATHS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Loads the given team's resources of a type by id. */
    @FunctionalInterface
    public interface Loader {
        List<? extends TeamOwned> load(Class<? extends TeamOwned> type, Set<UUID> ids);
    }

    private Expander() {}

    /** Every path {@code expand} accepts for resources described by this data record. */
    public static Set<String> paths(Class<? extends Record> data) {
        return PATHS.computeIfAbsent(data, type -> {
            Set<String> paths = new TreeSet<>();
            collect(type, "", DEPTH, paths);
            return Set.copyOf(paths);
        });
    }

    /** The written resource with the named paths expanded. */
    public static JsonObject expand(JsonObject written, Record data, List<String> paths, Loader loader) {
        return paths.isEmpty() ? written : expand(written, data, tree(paths), loader);
    }

    private static JsonObject expand(JsonObject written, Record data, Map<String, Map<String, ?>> tree, Loader loader) {
        JsonObjectBuilder json = JSON.createObjectBuilder(written);
        for (RecordComponent component : data.getClass().getRecordComponents()) {
            String name = JsonRecords.name(component);
            if (!tree.containsKey(name) || written.get(name) == null || written.get(name) == JsonValue.NULL) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Map<String, ?>> deeper = (Map<String, Map<String, ?>>) tree.get(name);
            Object value = value(component, data);
            Refers refers = component.getAnnotation(Refers.class);
            if (refers != null) {
                json.add(name, resources(refers.value(), value, deeper, loader));
            } else if (value instanceof Record nested) {
                json.add(name, expand(written.getJsonObject(name), nested, deeper, loader));
            } else if (value instanceof List<?> list) {
                JsonArray elements = written.getJsonArray(name);
                JsonArrayBuilder array = JSON.createArrayBuilder();
                for (int i = 0; i < list.size(); i++) {
                    array.add(expand(elements.getJsonObject(i), (Record) list.get(i), deeper, loader));
                }
                json.add(name, array);
            }
        }
        return json.build();
    }

    /** One referred resource for an id, a list of them for a list of ids (unknown ids stay ids). */
    private static JsonValue resources(
            Class<? extends TeamOwned> type, Object ids, Map<String, Map<String, ?>> deeper, Loader loader) {
        List<UUID> wanted = ids instanceof List<?> list
                ? list.stream().map(UUID.class::cast).toList()
                : List.of((UUID) ids);
        Map<UUID, JsonValue> loaded = new LinkedHashMap<>();
        for (TeamOwned resource : loader.load(type, new LinkedHashSet<>(wanted))) {
            JsonObject written = JsonRecords.write(resource, resource.data()).build();
            loaded.put(resource.getId(), expand(written, resource.data(), deeper, loader));
        }
        Function<UUID, JsonValue> shown = id -> loaded.getOrDefault(id, JSON.createValue(id.toString()));
        if (!(ids instanceof List<?>)) {
            return shown.apply((UUID) ids);
        }
        JsonArrayBuilder array = JSON.createArrayBuilder();
        wanted.forEach(id -> array.add(shown.apply(id)));
        return array.build();
    }

    private static void collect(Class<?> data, String prefix, int depth, Set<String> paths) {
        if (depth == 0) {
            return;
        }
        for (RecordComponent component : data.getRecordComponents()) {
            String path = prefix + JsonRecords.name(component);
            Refers refers = component.getAnnotation(Refers.class);
            if (refers != null) {
                paths.add(path);
                collect(dataTypeOf(refers.value()), path + ".", depth - 1, paths);
            } else if (nestedRecord(component) != null) {
                collect(nestedRecord(component), path + ".", depth, paths);
            }
        }
    }

    /** The record type of a nested object or list of objects, or null. */
    private static Class<?> nestedRecord(RecordComponent component) {
        if (component.getType().isRecord()) {
            return component.getType();
        }
        if (component.getType() == List.class
                && component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element
                && element.isRecord()) {
            return element;
        }
        return null;
    }

    /** The data record a resource type is described by: the return type of its data(). */
    private static Class<?> dataTypeOf(Class<? extends TeamOwned> type) {
        try {
            return type.getMethod("data").getReturnType();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no data()", e);
        }
    }

    private static Map<String, Map<String, ?>> tree(List<String> paths) {
        Map<String, Map<String, ?>> tree = new LinkedHashMap<>();
        for (String path : paths) {
            Map<String, Map<String, ?>> node = tree;
            for (String step : path.split("\\.")) {
                @SuppressWarnings("unchecked")
                Map<String, Map<String, ?>> next = (Map<String, Map<String, ?>>)
                        node.computeIfAbsent(step, s -> new LinkedHashMap<String, Map<String, ?>>());
                node = next;
            }
        }
        return tree;
    }

    private static Object value(RecordComponent component, Record data) {
        try {
            return component.getAccessor().invoke(data);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
