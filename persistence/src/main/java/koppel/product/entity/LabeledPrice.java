package koppel.product.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A special price, such as "Child" or "Member". */
public record LabeledPrice(
        @JsonbProperty("label") @NotBlank(message = "This field is required.") @Size(max = 100)
        String label,

        @JsonbProperty("price") @NotNull(message = "This field is required.") @Valid
        Price price) {}
