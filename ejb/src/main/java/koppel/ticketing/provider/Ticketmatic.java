package koppel.ticketing.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import koppel.external.ConfigField;
import koppel.ticketing.control.TicketingSettings;

/**
 * Ticketmatic 3, through its public API at {@code https://apps.ticketmatic.com/api/1/{account}}
 * with requests signed by the account's access and secret key. The calls and what Koppel assumes
 * where Ticketmatic's documentation is silent are described in {@code docs/ticketing.md}.
 */
@ApplicationScoped
public class Ticketmatic implements TicketingProvider {

    public static final String ID = "ticketmatic";
    public static final String DEFAULT_HOST = "https://apps.ticketmatic.com";

    private static final List<ConfigField> FIELDS = List.of(
            ConfigField.text("account", "Account name", true),
            ConfigField.text("access_key", "Access key", true),
            ConfigField.secret("secret_key", "Secret key", true),
            ConfigField.url("host", "API address", DEFAULT_HOST),
            ConfigField.timeZone("time_zone", "Time zone of the account", "Europe/Brussels"),
            ConfigField.text("location_id", "Location id for new events", false),
            ConfigField.text("price_list_id", "Price list id for new events", false));

    @Inject
    private TicketingSettings settings;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Ticketmatic";
    }

    @Override
    public List<ConfigField> fields() {
        return FIELDS;
    }

    @Override
    public Map<String, ConfigField.Problem> problems(Map<String, String> values) {
        for (String id : List.of("location_id", "price_list_id")) {
            String value = values.get(id);
            if (value != null && !value.isBlank() && !value.strip().matches("\\d{1,18}")) {
                return Map.of(id, ConfigField.Problem.NOT_A_NUMBER);
            }
        }
        return Map.of();
    }

    @Override
    public TicketingSystem connect(Map<String, String> configuration) {
        return new TicketmaticSystem(settings.http(), ConfigField.effective(FIELDS, configuration), Clock.systemUTC());
    }
}
