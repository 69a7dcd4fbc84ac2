package koppel.ticketing.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import koppel.external.AccessTokens;
import koppel.external.ConfigField;
import koppel.ticketing.control.TicketingSettings;

/**
 * Any ticketing system that implements Koppel's generic ticketing API ({@code docs/ticketing-api.md}):
 * a base URL, and no authentication, HTTP Basic, or OAuth 2.0 client credentials.
 */
@ApplicationScoped
public class GenericTicketing implements TicketingProvider {

    public static final String ID = "generic";

    static final String NONE = "none";
    static final String BASIC = "basic";
    static final String OAUTH2 = "oauth2";

    private static final List<ConfigField> FIELDS = List.of(
            ConfigField.url("base_url", "Base URL"),
            ConfigField.choice("auth", "Authentication", List.of(NONE, BASIC, OAUTH2)),
            ConfigField.text("username", "Username (Basic)", false),
            ConfigField.secret("password", "Password (Basic)", false),
            new ConfigField(
                    "token_url",
                    "Token URL (OAuth 2.0)",
                    ConfigField.Kind.URL,
                    false,
                    ConfigField.MAX_URL_LENGTH,
                    List.of(),
                    null),
            ConfigField.text("client_id", "Client id (OAuth 2.0)", false),
            ConfigField.secret("client_secret", "Client secret (OAuth 2.0)", false),
            ConfigField.text("scope", "Scope (OAuth 2.0)", false));

    @Inject
    private TicketingSettings settings;

    @Inject
    private AccessTokens tokens;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Generic ticketing API";
    }

    @Override
    public List<ConfigField> fields() {
        return FIELDS;
    }

    /** Basic needs a username and password; OAuth 2.0 a token URL, client id and secret. */
    @Override
    public Map<String, ConfigField.Problem> problems(Map<String, String> values) {
        List<String> needed = switch (values.getOrDefault("auth", NONE)) {
            case BASIC -> List.of("username", "password");
            case OAUTH2 -> List.of("token_url", "client_id", "client_secret");
            default -> List.of();
        };
        Map<String, ConfigField.Problem> problems = new LinkedHashMap<>();
        for (String field : needed) {
            String value = values.get(field);
            if (value == null || value.isBlank()) {
                problems.put(field, ConfigField.Problem.REQUIRED);
            }
        }
        return problems;
    }

    @Override
    public TicketingSystem connect(Map<String, String> configuration) {
        return new GenericSystem(settings.http(), tokens, ConfigField.effective(FIELDS, configuration));
    }
}
