package koppel.ticketing.provider;

import java.util.List;

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
}
