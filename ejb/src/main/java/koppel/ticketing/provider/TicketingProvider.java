package koppel.ticketing.provider;

import java.util.List;
import java.util.Map;
import koppel.external.ConfigField;

/**
 * A kind of ticketing system Koppel can link to. Providers are CDI beans: adding one is adding a
 * class; the admin UI renders its configuration form from {@link #fields()}.
 */
public interface TicketingProvider {

    /** A stable id, stored with each link that uses the provider. */
    String id();

    /** The provider's name as people know it (a product name, the same in every language). */
    String name();

    List<ConfigField> fields();

    /**
     * Rules between fields, beyond each field's own (a field required by the choice of another);
     * none by default.
     */
    default Map<String, ConfigField.Problem> problems(Map<String, String> values) {
        return Map.of();
    }

    /**
     * The system a link's configuration (secrets readable) reaches. Nothing is called yet: each
     * call of the system is one or more requests.
     */
    TicketingSystem connect(Map<String, String> configuration);
}
