package koppel.ticketing.provider;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * One configuration field a ticketing provider asks for. A secret field's value is stored encrypted
 * and never shown again; a URL field takes only absolute http(s) addresses.
 */
public record ConfigField(String name, String label, Kind kind, boolean required, int maxLength) {

    public enum Kind {
        TEXT,
        URL,
        SECRET
    }

    /** The longest URL any field takes. */
    public static final int MAX_URL_LENGTH = 2000;

    public static ConfigField url(String name, String label) {
        return new ConfigField(name, label, Kind.URL, true, MAX_URL_LENGTH);
    }

    public static ConfigField text(String name, String label, boolean required) {
        return new ConfigField(name, label, Kind.TEXT, required, 200);
    }

    public static ConfigField secret(String name, String label, boolean required) {
        return new ConfigField(name, label, Kind.SECRET, required, 500);
    }

    public boolean isSecret() {
        return kind == Kind.SECRET;
    }

    /** What can be wrong with a value, with the words the API and logs use (the UI has its own). */
    public enum Problem {
        REQUIRED("This field is required."),
        TOO_LONG("This value is too long."),
        NOT_A_URL("Enter an http or https address, such as https://tickets.example.com.");

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
            return required ? Optional.of(Problem.REQUIRED) : Optional.empty();
        }
        if (value.length() > maxLength) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (kind == Kind.URL && !isHttpUrl(value.strip())) {
            return Optional.of(Problem.NOT_A_URL);
        }
        return Optional.empty();
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
}
