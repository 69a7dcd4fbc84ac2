package koppel.customfield.entity;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import koppel.common.Dates;
import koppel.common.entity.JsonColumn;
import koppel.common.entity.TeamOwned;

/** A key a team allows in the custom_data of one resource type, with the kind of value it holds. */
@Entity
@Table(name = "custom_fields")
@NamedQuery(
        name = CustomField.OF_TYPE,
        query = "select f from CustomField f where f.teamId = :team and f.resourceType = :type")
public class CustomField extends TeamOwned {

    public static final String OF_TYPE = "CustomField.ofType";
    public static final String INTEGRATION_DATA = "integration_data";

    @Column(nullable = false, length = 50)
    private String name;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(name = "resource_type", nullable = false, length = 32)
    private String resourceType;

    @Column(nullable = false, length = 32)
    private String kind;

    @Convert(converter = OptionsColumn.class)
    @Column(length = 20_000)
    private List<String> options;

    @Column(name = "integration_id")
    private UUID integrationId;

    @Column(nullable = false)
    private boolean required;

    protected CustomField() {}

    public CustomField(UUID id, UUID teamId, CustomFieldData data) {
        super(id, teamId);
        update(data);
    }

    public void update(CustomFieldData data) {
        name = data.name();
        label = data.label().strip();
        resourceType = data.resourceType();
        kind = data.kind();
        options = new ArrayList<>(data.options());
        integrationId = data.integration();
        required = Boolean.TRUE.equals(data.required());
        describe(data.externalReference(), data.customData());
    }

    @Override
    public CustomFieldData data() {
        return new CustomFieldData(
                name,
                label,
                resourceType,
                kind,
                options == null ? List.of() : options,
                integrationId,
                required,
                getExternalReference().orElse(null),
                getCustomData());
    }

    /** What is wrong with a value for this field, if anything (null is always allowed). */
    public Optional<String> problemWith(JsonValue value) {
        if (value == JsonValue.NULL) {
            return Optional.empty();
        }
        boolean fits = switch (kind) {
            case "number" -> value instanceof JsonNumber;
            case "boolean" -> value == JsonValue.TRUE || value == JsonValue.FALSE;
            case "date" -> value instanceof JsonString text && isDate(text.getString());
            case "select" -> value instanceof JsonString text && options.contains(text.getString());
            case INTEGRATION_DATA -> true;
            default -> value instanceof JsonString text && text.getString().length() <= 10_000;
        };
        return fits
                ? Optional.empty()
                : Optional.of("Not a valid " + kind + (kind.equals("select") ? ": one of " + options : "") + ".");
    }

    /** Whether a caller acting for this integration (none: empty) may write the field. */
    public boolean writableBy(Optional<UUID> integration) {
        return !INTEGRATION_DATA.equals(kind)
                || integration.isPresent() && integration.get().equals(integrationId);
    }

    public String getName() {
        return name;
    }

    public boolean isRequired() {
        return required;
    }

    private static boolean isDate(String text) {
        return Dates.date(text) != null;
    }

    /** The choices of a "select", kept as JSON text. */
    @Converter
    static class OptionsColumn extends JsonColumn<List<String>> {
        OptionsColumn() {
            super(new ArrayList<String>() {}.getClass().getGenericSuperclass());
        }
    }
}
