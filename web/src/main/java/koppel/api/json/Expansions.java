package koppel.api.json;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import koppel.common.ApiNames;
import koppel.common.entity.Refers;
import koppel.common.entity.TeamOwned;

/**
 * {@code expand}: which dotted paths a resource accepts ({@code items.voucher.product}), and the
 * {@link ResourceOut}s of a page of resources with the resources those paths refer to loaded, one
 * query per path and page. The paths follow from the data records (components marked
 * {@link Refers}, through nested objects and lists), so nothing is listed by hand.
 */
public final class Expansions {

    /** How deep paths go: deep enough for items.voucher.product, bounded against cycles. */
    private static final int DEPTH = 3;

    private static final Map<Class<?>, Set<String>> PATHS = new ConcurrentHashMap<>();

    /** Loads the given team's resources of a type by id. */
    @FunctionalInterface
    public interface Loader {
        List<? extends TeamOwned> load(Class<? extends TeamOwned> type, Set<UUID> ids);
    }

    private Expansions() {}

    /** Every path {@code expand} accepts for resources described by this data record. */
    public static Set<String> paths(Class<? extends Record> data) {
        return PATHS.computeIfAbsent(data, type -> {
            Set<String> paths = new TreeSet<>();
            collect(type, "", DEPTH, paths);
            return Set.copyOf(paths);
        });
    }

    /** The kinds of resources a path (one of {@link #paths}) shows, in its order. */
    public static List<Class<? extends TeamOwned>> referredAlong(Class<? extends Record> data, String path) {
        List<Class<? extends TeamOwned>> referred = new ArrayList<>();
        Class<?> type = data;
        for (String step : path.split("\\.")) {
            RecordComponent component = ApiNames.component(type, step).orElseThrow();
            Refers refers = component.getAnnotation(Refers.class);
            if (refers != null) {
                referred.add(refers.value());
                type = dataTypeOf(refers.value());
            } else {
                type = ApiNames.elementType(component);
            }
        }
        return referred;
    }

    /** The resources as written, with the named paths (already checked against {@link #paths}) expanded. */
    public static List<ResourceOut> of(List<? extends TeamOwned> resources, List<String> paths, Loader loader) {
        if (paths.isEmpty()) {
            return resources.stream().map(ResourceOut::of).toList();
        }
        List<Record> data = resources.stream().map(TeamOwned::data).toList();
        Expansion expanded = expansion(data, tree(paths), loader);
        List<ResourceOut> out = new ArrayList<>(resources.size());
        for (int i = 0; i < resources.size(); i++) {
            out.add(new ResourceOut(resources.get(i), data.get(i), expanded, Map.of()));
        }
        return out;
    }

    /** What the tree expands below these records, which are all of one type. */
    private static Expansion expansion(List<Record> records, Map<String, Map<String, ?>> tree, Loader loader) {
        if (records.isEmpty()) {
            return Expansion.NONE;
        }
        Class<?> type = records.get(0).getClass();
        Map<String, Expansion> fields = new LinkedHashMap<>();
        tree.forEach((name, deeper) -> {
            RecordComponent component = ApiNames.component(type, name).orElseThrow();
            List<Object> values = new ArrayList<>();
            for (Record record : records) {
                Object value = ApiNames.value(component, record);
                if (value instanceof List<?> list) {
                    values.addAll(list);
                } else if (value != null) {
                    values.add(value);
                }
            }
            @SuppressWarnings("unchecked")
            Map<String, Map<String, ?>> below = (Map<String, Map<String, ?>>) deeper;
            Refers refers = component.getAnnotation(Refers.class);
            fields.put(
                    name,
                    refers != null
                            ? referred(refers.value(), values, below, loader)
                            : expansion(values.stream().map(Record.class::cast).toList(), below, loader));
        });
        return new Expansion(fields, Map.of());
    }

    private static Expansion referred(
            Class<? extends TeamOwned> type, List<Object> ids, Map<String, Map<String, ?>> tree, Loader loader) {
        Set<UUID> wanted = new LinkedHashSet<>();
        ids.forEach(id -> wanted.add((UUID) id));
        List<? extends TeamOwned> loaded = wanted.isEmpty() ? List.of() : loader.load(type, wanted);
        List<Record> data = loaded.stream().map(TeamOwned::data).toList();
        Expansion deeper = tree.isEmpty() ? Expansion.NONE : expansion(data, tree, loader);
        Map<UUID, ResourceOut> resources = new LinkedHashMap<>();
        for (int i = 0; i < loaded.size(); i++) {
            resources.put(loaded.get(i).getId(), new ResourceOut(loaded.get(i), data.get(i), deeper, Map.of()));
        }
        return new Expansion(Map.of(), resources);
    }

    private static void collect(Class<?> data, String prefix, int depth, Set<String> paths) {
        if (depth == 0) {
            return;
        }
        RecordComponent[] components = ApiNames.components(data);
        String[] names = ApiNames.names(data);
        for (int i = 0; i < components.length; i++) {
            String path = prefix + names[i];
            Refers refers = components[i].getAnnotation(Refers.class);
            Class<?> element = ApiNames.elementType(components[i]);
            if (refers != null) {
                paths.add(path);
                collect(dataTypeOf(refers.value()), path + ".", depth - 1, paths);
            } else if (element.isRecord() && !ApiNames.isInline(components[i])) {
                collect(element, path + ".", depth, paths);
            }
        }
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
}
