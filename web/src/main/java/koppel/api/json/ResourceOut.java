package koppel.api.json;

import java.util.Map;
import koppel.common.entity.TeamOwned;

/**
 * A resource as the API shows it: its id, the fields of its data record under their public
 * names, then {@code created} and {@code last_modified}; where {@code expand} asked for it, the
 * resources it refers to in place of their ids. Written by {@link ResourceSerializer}.
 *
 * @param replaced fields shown with another value than the data's (an online product's title in
 *     one language)
 */
public record ResourceOut(TeamOwned resource, Record data, Expansion expanded, Map<String, Object> replaced) {

    /** The resource with nothing expanded. */
    public static ResourceOut of(TeamOwned resource) {
        return new ResourceOut(resource, resource.data(), Expansion.NONE, Map.of());
    }

    /** The same resource with one field shown as {@code value}. */
    public ResourceOut replacing(String name, Object value) {
        Map<String, Object> values = new java.util.HashMap<>(replaced);
        values.put(name, value);
        return new ResourceOut(resource, data, expanded, values);
    }
}
