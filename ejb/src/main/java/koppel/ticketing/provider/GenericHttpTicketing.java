package koppel.ticketing.provider;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The built-in provider: any ticketing system reachable over HTTP at a base URL, with credentials. */
@ApplicationScoped
public class GenericHttpTicketing implements TicketingProvider {

    public static final String ID = "generic-http";

    private static final List<ConfigField> FIELDS = List.of(
            ConfigField.url("base_url", "Base URL"),
            ConfigField.text("username", "Username", false),
            ConfigField.secret("password", "Password or token", false));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Generic HTTP ticketing";
    }

    @Override
    public List<ConfigField> fields() {
        return FIELDS;
    }
}
