package koppel.common;

/** Text rules shared by every module: what a database can store as it is, API names of Java names, names' keys. */
public final class Texts {

    public static final String NOT_STORABLE = "Null characters and unpaired surrogates are not allowed.";

    private Texts() {}

    /** The API name of a Java property: {@code firstName} is {@code first_name}. */
    public static String snakeCase(String javaName) {
        return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    public static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What makes two names the same name: case and surrounding space do not count. Stored next to
     * a name in a column with a unique constraint, so that the database refuses a second one.
     */
    public static String nameKey(String name) {
        return name.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
