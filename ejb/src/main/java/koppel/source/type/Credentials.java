package koppel.source.type;

import java.util.Map;
import koppel.source.entity.AuthorizationKind;

/** An authorization as a connection uses it: its kind and its values, secrets decrypted. Never logged. */
public record Credentials(AuthorizationKind kind, Map<String, String> values) {

    public Credentials {
        values = Map.copyOf(values);
    }

    public String get(String name) {
        return values.get(name);
    }

    @Override
    public String toString() {
        return "Credentials[" + kind + "]";
    }
}
