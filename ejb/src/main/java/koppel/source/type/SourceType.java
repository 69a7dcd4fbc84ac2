package koppel.source.type;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import koppel.external.ConfigField;
import koppel.source.entity.AuthorizationKind;

/**
 * A kind of third-party service Koppel integrates with (Salesforce, …). Adding one is one class
 * implementing this, discovered as a CDI bean.
 */
public interface SourceType {

    /** Stored with configurations; never changes. */
    String id();

    /** What the list of source types shows. */
    String name();

    /** The authorizations it can call the service with. */
    Set<AuthorizationKind> authorizations();

    /** The settings of a configuration of this type, beyond its authorization. */
    List<ConfigField> fields();

    /** The data types it can transfer. */
    List<DataType> dataTypes();

    default Optional<DataType> dataType(String id) {
        return dataTypes().stream().filter(type -> type.id().equals(id)).findFirst();
    }

    /**
     * A connection to the service with these credentials and settings (every field present,
     * defaults applied, secrets decrypted).
     */
    SourceConnection connect(Credentials credentials, Map<String, String> settings);
}
