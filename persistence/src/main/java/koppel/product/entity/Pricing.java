package koppel.product.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The standard price and the special ones, of a session or a voucher. */
public record Pricing(
        @Valid Price standardPrice, @Size(max = 50) List<@Valid LabeledPrice> otherPrices) {

    public Pricing {
        otherPrices = otherPrices == null ? List.of() : List.copyOf(otherPrices);
    }
}
