package koppel.product.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A piece of data asked of each participant when booking, beyond first and last name. */
public record ExpectedField(
        @JsonbProperty("type")
        @NotBlank(message = "This field is required.")
        @Pattern(
                regexp = "number|text|textarea|email|date|select",
                message = "One of number, text, textarea, email, date, select.")
        String type,

        @JsonbProperty("label") @NotBlank(message = "This field is required.") @Size(max = 100)
        String label,

        @JsonbProperty("required") Boolean required,

        @JsonbProperty("field")
        @NotBlank(message = "This field is required.")
        @Pattern(
                regexp = "[a-z][a-z0-9_]{0,49}",
                message = "Lower-case letters, digits and '_', starting with a letter.")
        String field,

        @JsonbProperty("options") @Size(max = 100) List<@Valid Option> options) {

    public ExpectedField {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** A choice of a "select" field. */
    public record Option(
            @JsonbProperty("id") @NotBlank(message = "This field is required.") @Size(max = 100)
            String id,

            @JsonbProperty("name") @NotBlank(message = "This field is required.") @Size(max = 200)
            String name) {}
}
