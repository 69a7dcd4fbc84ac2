package koppel.customfield.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import koppel.common.entity.TeamOwned;

/**
 * What a caller says about a custom field: its key in custom_data, its label, which resource type
 * it extends, its kind, the choices of a "select", and for "integration_data" the webhook
 * integration that alone may write it.
 */
public record CustomFieldData(
        @JsonbProperty("name")
        @NotBlank(message = "This field is required.")
        @Pattern(
                regexp = "[a-z][a-z0-9_]{0,49}",
                message = "Lower-case letters, digits and '_', starting with a letter.")
        String name,

        @JsonbProperty("label") @NotBlank(message = "This field is required.") @Size(max = 200)
        String label,

        @JsonbProperty("resource_type")
        @NotNull(message = "This field is required.")
        @Pattern(
                regexp = "clients|staff|products|session_groups|sessions|orders",
                message = "One of clients, staff, products, session_groups, sessions, orders.")
        String resourceType,

        @JsonbProperty("kind")
        @NotNull(message = "This field is required.")
        @Pattern(
                regexp = "text|number|date|boolean|select|integration_data",
                message = "One of text, number, date, boolean, select, integration_data.")
        String kind,

        @JsonbProperty("options") @Size(max = 200) List<@NotBlank @Size(max = 100) String> options,
        @JsonbProperty("integration") UUID integration,
        @JsonbProperty("required") Boolean required,

        @JsonbProperty("external_reference") @Size(max = TeamOwned.MAX_EXTERNAL_REFERENCE_LENGTH)
        String externalReference,

        @JsonbProperty("custom_data") @Size(max = TeamOwned.MAX_CUSTOM_DATA_LENGTH)
        String customData) {

    public CustomFieldData {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
