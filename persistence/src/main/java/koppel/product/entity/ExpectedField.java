package koppel.product.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A piece of data asked of each participant when booking, beyond first and last name. */
public record ExpectedField(
        @NotBlank(message = "This field is required.")
        @Pattern(
                regexp = "number|text|textarea|email|date|select",
                message = "One of number, text, textarea, email, date, select.")
        String type,

        @NotBlank(message = "This field is required.") @Size(max = 100)
        String label,

        Boolean required,

        @NotBlank(message = "This field is required.")
        @Pattern(
                regexp = "[a-z][a-z0-9_]{0,49}",
                message = "Lower-case letters, digits and '_', starting with a letter.")
        String field,

        @Size(max = 100) List<@Valid Option> options) {

    public ExpectedField {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** A choice of a "select" field. */
    public record Option(
            @NotBlank(message = "This field is required.") @Size(max = 100)
            String id,

            @NotBlank(message = "This field is required.") @Size(max = 200)
            String name) {}
}
