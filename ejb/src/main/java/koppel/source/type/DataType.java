package koppel.source.type;

import java.util.List;
import java.util.Optional;
import koppel.source.entity.FieldAssignment;

/**
 * A data type a source type transfers: its id and label, the Koppel resources it maps to (by their
 * API name, e.g. {@code clients}), the third party's fields, and the mapping a new configuration
 * suggests.
 *
 * @param remoteKeys the third-party fields that can be the primary key
 */
public record DataType(
        String id,
        String label,
        String koppelResource,
        List<RemoteField> remoteFields,
        List<String> remoteKeys,
        List<FieldAssignment> suggested) {

    public DataType {
        remoteFields = List.copyOf(remoteFields);
        remoteKeys = List.copyOf(remoteKeys);
        suggested = List.copyOf(suggested);
    }

    /** A field of the third party's records. */
    public record RemoteField(String name, String label) {}

    public Optional<RemoteField> remoteField(String name) {
        return remoteFields.stream().filter(field -> field.name().equals(name)).findFirst();
    }
}
