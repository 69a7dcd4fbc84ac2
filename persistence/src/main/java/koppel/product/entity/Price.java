package koppel.product.entity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A price with and without tax. */
public record Price(
        @NotNull(message = "This field is required.")
        @DecimalMin("0")
        @DecimalMax("1000000")
        @Digits(integer = 7, fraction = 2)
        BigDecimal taxExcluded,

        @NotNull(message = "This field is required.")
        @DecimalMin("0")
        @DecimalMax("1000000")
        @Digits(integer = 7, fraction = 2)
        BigDecimal taxIncluded) {}
