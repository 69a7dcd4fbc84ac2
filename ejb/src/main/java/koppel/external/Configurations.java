package koppel.external;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import koppel.common.control.SecretBox;
import koppel.webhook.control.WebhookSettings;

/**
 * Configuration values as external systems' fields ask for them: checked, secrets encrypted before
 * they are stored and decrypted only to call the system, and never shown again.
 */
@ApplicationScoped
public class Configurations {

    @Inject
    private SecretBox secrets;

    @Inject
    private WebhookSettings webhooks;

    /** Values checked against their fields: what to store of them, and each broken field's problem. */
    public record Checked(Map<String, String> stored, Map<String, ConfigField.Problem> problems) {}

    /**
     * The values to store for these fields: checked (an internal address in a URL field is
     * refused), stripped, secrets encrypted. A secret left blank keeps its value in {@code kept}
     * (what was stored before, when the fields stayed the same); values of other fields are dropped.
     *
     * @throws InvalidConfigurationException naming each broken field
     */
    public Map<String, String> store(List<ConfigField> fields, Map<String, String> values, Map<String, String> kept) {
        Checked checked = check(fields, values, kept);
        if (!checked.problems().isEmpty()) {
            throw new InvalidConfigurationException(checked.problems());
        }
        return checked.stored();
    }

    /** Like {@link #store}, but says the problems instead of throwing: the valid values are stored. */
    public Checked check(List<ConfigField> fields, Map<String, String> values, Map<String, String> kept) {
        Map<String, String> stored = new HashMap<>();
        Map<String, ConfigField.Problem> problems = new LinkedHashMap<>();
        for (ConfigField field : fields) {
            String value = values.get(field.name());
            if (field.isSecret() && (value == null || value.isBlank()) && kept.containsKey(field.name())) {
                stored.put(field.name(), kept.get(field.name()));
                continue;
            }
            field.problemWith(value).ifPresent(problem -> problems.put(field.name(), problem));
            if (!problems.containsKey(field.name()) && internal(field, value)) {
                problems.put(field.name(), ConfigField.Problem.NOT_ALLOWED);
            }
            if (value != null && !value.isBlank()) {
                stored.put(field.name(), field.isSecret() ? secrets.encrypt(value) : value.strip());
            }
        }
        return new Checked(stored, problems);
    }

    /** What stored values say, secrets decrypted: for calling the system, never for showing. */
    public Map<String, String> readable(List<ConfigField> fields, Map<String, String> stored) {
        Map<String, String> values = new HashMap<>(stored);
        for (ConfigField field : fields) {
            if (field.isSecret() && stored.containsKey(field.name())) {
                values.put(field.name(), secrets.decrypt(stored.get(field.name())));
            }
        }
        return values;
    }

    /** The values to show: all but the secrets, which are only said to be set. */
    public static Map<String, String> visible(List<ConfigField> fields, Map<String, String> stored) {
        Map<String, String> visible = new HashMap<>(stored);
        fields.stream().filter(ConfigField::isSecret).forEach(field -> visible.remove(field.name()));
        return visible;
    }

    /** Whether the value of a URL field is one Koppel does not call (an internal address). */
    private boolean internal(ConfigField field, String value) {
        return field.kind() == ConfigField.Kind.URL
                && value != null
                && !value.isBlank()
                && webhooks.guard().refusal(value.strip()).isPresent();
    }
}
