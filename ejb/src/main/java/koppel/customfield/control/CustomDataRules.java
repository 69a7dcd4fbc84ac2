package koppel.customfield.control;

import static koppel.common.Jsonp.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import koppel.common.FieldErrors;
import koppel.customfield.entity.CustomField;

/**
 * Checks the custom_data of a write against the team's custom fields for that resource type, and
 * says what to store: every key must be a field, every value of its kind, required ones present;
 * an integration_data field changes only when its own integration writes, and is kept as it was
 * when someone else's write leaves it out.
 */
@ApplicationScoped
public class CustomDataRules {

    public String check(List<CustomField> fields, String previous, String sent, Optional<UUID> integration) {
        Map<String, CustomField> byName =
                fields.stream().collect(Collectors.toMap(CustomField::getName, Function.identity()));
        JsonObject was = parse(previous);
        JsonObject now = parse(sent);
        FieldErrors errors = new FieldErrors();
        JsonObjectBuilder stored = JSON.createObjectBuilder();
        now.forEach((name, value) -> {
            CustomField field = byName.get(name);
            if (field == null) {
                errors.add(List.of("custom_data", name), "Unknown custom field.");
            } else if (!field.writableBy(integration) && !value.equals(was.getOrDefault(name, JsonValue.NULL))) {
                errors.add(List.of("custom_data", name), "Only the integration this field belongs to may write it.");
            } else {
                field.problemWith(value)
                        .ifPresentOrElse(
                                problem -> errors.add(List.of("custom_data", name), problem),
                                () -> stored.add(name, value));
            }
        });
        for (CustomField field : fields) {
            String name = field.getName();
            if (!now.containsKey(name) && !field.writableBy(integration) && was.containsKey(name)) {
                stored.add(name, was.get(name));
            } else if (field.isRequired()
                    && now.getOrDefault(name, JsonValue.NULL) == JsonValue.NULL
                    && field.writableBy(integration)) {
                errors.add(List.of("custom_data", name), "This field is required.");
            }
        }
        errors.throwIfAny();
        return stored.build().toString();
    }

    private static JsonObject parse(String json) {
        try (var reader = JSON.createReader(new StringReader(json == null ? "{}" : json))) {
            return reader.readObject();
        }
    }
}
