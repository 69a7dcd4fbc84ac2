package koppel.it;

/** What the build tells the tests: where the server listens, the admin password, where screenshots go. */
public final class Settings {

    private Settings() {}

    public static String require(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + key + " is not set; run the tests through Maven.");
        }
        return value;
    }

    /** Root of the server's HTTP listener, without a trailing slash: {@code http://localhost:8080}. */
    public static String baseUrl() {
        return require("koppel.it.base-url");
    }

    public static String adminPassword() {
        return require("koppel.it.admin-password");
    }
}
