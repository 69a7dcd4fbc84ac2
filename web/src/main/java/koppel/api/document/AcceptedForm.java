package koppel.api.document;

import java.util.Locale;
import java.util.Set;

/**
 * Which form of the OpenAPI document an {@code Accept} header asks for: JSON only when it rates a
 * JSON media type above every YAML one; YAML for no header, {@code *}{@code /*}, a tie or nonsense.
 */
final class AcceptedForm {

    private static final Set<String> JSON = Set.of("application/json");
    private static final Set<String> YAML =
            Set.of("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml");

    private AcceptedForm() {}

    static boolean prefersJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double json = 0;
        double yaml = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double quality = quality(parts);
            if (JSON.contains(type)) {
                json = Math.max(json, quality);
            } else if (YAML.contains(type)) {
                yaml = Math.max(yaml, quality);
            }
        }
        return json > 0 && json > yaml;
    }

    /** The range's q parameter; a missing or unreadable one counts as 1, as if it were absent. */
    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                try {
                    double q = Double.parseDouble(parameter.substring(2).trim());
                    return q >= 0 && q <= 1 ? q : 1;
                } catch (NumberFormatException e) {
                    return 1;
                }
            }
        }
        return 1;
    }
}
