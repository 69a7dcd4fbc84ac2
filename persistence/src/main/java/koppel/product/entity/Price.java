package koppel.product.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A price with and without tax. */
public record Price(
        @JsonbProperty("tax_excluded")
        @NotNull(message = "This field is required.")
        @DecimalMin("0")
        @DecimalMax("1000000")
        @Digits(integer = 7, fraction = 2)
        BigDecimal taxExcluded,

        @JsonbProperty("tax_included")
        @NotNull(message = "This field is required.")
        @DecimalMin("0")
        @DecimalMax("1000000")
        @Digits(integer = 7, fraction = 2)
        BigDecimal taxIncluded) {}
