package koppel.external;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One configuration field an external system asks for (a ticketing provider, an integration source). A secret field's value is stored encrypted
 * and never shown again; a URL field takes only absolute http(s) addresses; a choice one of its
 * options; a time zone an IANA name such as {@code Europe/Brussels}. A field may have a default,
 * which a blank value stands for.
 */
public record ConfigField(
        String name,
        String label,
        Kind kind,
        boolean required,
        int maxLength,
        List<String> options,
        String defaultValue) {

    public enum Kind {
        TEXT,
        URL,
        SECRET,
        CHOICE,
        TIME_ZONE
    }

    /** The longest URL any field takes. */
    public static final int MAX_URL_LENGTH = 2000;

    public ConfigField {
        options = List.copyOf(options);
    }

    public static ConfigField url(String name, String label) {
        return new ConfigField(name, label, Kind.URL, true, MAX_URL_LENGTH, List.of(), null);
    }

    /** An optional address that defaults to {@code defaultValue}. */
    public static ConfigField url(String name, String label, String defaultValue) {
        return new ConfigField(name, label, Kind.URL, false, MAX_URL_LENGTH, List.of(), defaultValue);
    }

    public static ConfigField text(String name, String label, boolean required) {
        return new ConfigField(name, label, Kind.TEXT, required, 200, List.of(), null);
    }

    public static ConfigField secret(String name, String label, boolean required) {
        return new ConfigField(name, label, Kind.SECRET, required, 500, List.of(), null);
    }

    /** One of {@code options}, the first by default. */
    public static ConfigField choice(String name, String label, List<String> options) {
        return new ConfigField(name, label, Kind.CHOICE, true, 50, options, options.get(0));
    }

    public static ConfigField timeZone(String name, String label, String defaultValue) {
        return new ConfigField(name, label, Kind.TIME_ZONE, false, 100, List.of(), defaultValue);
    }

    public boolean isSecret() {
        return kind == Kind.SECRET;
    }

    public boolean isChoice() {
        return kind == Kind.CHOICE;
    }

    /** The value a configuration holds for this field, its default when it holds none. */
    public String valueIn(Map<String, String> configuration) {
        String value = configuration.get(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }

    /**
     * The values a configuration gives these fields, defaults standing in for blanks, stripped;
     * fields with neither are left out.
     */
    public static Map<String, String> effective(List<ConfigField> fields, Map<String, String> configuration) {
        Map<String, String> values = new HashMap<>();
        for (ConfigField field : fields) {
            String value = field.valueIn(configuration);
            if (value != null) {
                values.put(field.name(), value.strip());
            }
        }
        return values;
    }

    /** What can be wrong with a value, with the words the API and logs use (the UI has its own). */
    public enum Problem {
        REQUIRED("This field is required."),
        TOO_LONG("This value is too long."),
        NOT_A_URL("Enter an http or https address, such as https://tickets.example.com."),
        NOT_ALLOWED("Koppel does not call this address: it is internal, or its host cannot be resolved."),
        NOT_AN_OPTION("Choose one of the options."),
        NOT_A_TIME_ZONE("Enter a time zone such as Europe/Brussels."),
        NOT_A_NUMBER("Enter a whole number.");

        private final String message;

        Problem(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /** What is wrong with a value given for this field, if anything (blank counts as absent). */
    public Optional<Problem> problemWith(String value) {
        if (value == null || value.isBlank()) {
            return required && defaultValue == null ? Optional.of(Problem.REQUIRED) : Optional.empty();
        }
        if (value.length() > maxLength) {
            return Optional.of(Problem.TOO_LONG);
        }
        return switch (kind) {
            case URL -> isHttpUrl(value.strip()) ? Optional.empty() : Optional.of(Problem.NOT_A_URL);
            case CHOICE -> options.contains(value) ? Optional.empty() : Optional.of(Problem.NOT_AN_OPTION);
            case TIME_ZONE -> isTimeZone(value.strip()) ? Optional.empty() : Optional.of(Problem.NOT_A_TIME_ZONE);
            default -> Optional.empty();
        };
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isTimeZone(String value) {
        try {
            ZoneId.of(value);
            return value.contains("/") || value.equals("UTC");
        } catch (DateTimeException e) {
            return false;
        }
    }
}
