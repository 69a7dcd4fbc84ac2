package koppel.product.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** The category a product is listed under. */
public record Category(
        @JsonbProperty("id") @Min(0) Integer id,
        @JsonbProperty("name") @Size(max = 100) String name) {}
