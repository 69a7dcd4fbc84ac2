package koppel.api.json;

import java.util.Map;
import java.util.UUID;

/**
 * What {@code expand} put in place of ids below one point of a resource's data: for a field that
 * refers to other resources, those resources by id; for a nested object or list of objects, what
 * is expanded inside them, by field name. Built, with every resource it needs loaded, before the
 * resource is written.
 */
public record Expansion(Map<String, Expansion> fields, Map<UUID, ResourceOut> resources) {

    public static final Expansion NONE = new Expansion(Map.of(), Map.of());

    /** What is expanded below the named field; null when nothing is. */
    Expansion field(String name) {
        return fields.get(name);
    }
}
