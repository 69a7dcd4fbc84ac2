package koppel.product.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The standard price and the special ones, of a session or a voucher. Absent prices are answered as
 * {@link #NONE} (an object with no standard price and no other prices), never as null, so that
 * clients generated from the OpenAPI document read the same shape every time.
 */
public record Pricing(
        @JsonbNillable @JsonbProperty("standard_price") @Valid
        Price standardPrice,

        @JsonbProperty("other_prices") @Size(max = 50) List<@Valid LabeledPrice> otherPrices) {

    /** No prices: what an answer carries where none were given. */
    public static final Pricing NONE = new Pricing(null, List.of());

    public Pricing {
        otherPrices = otherPrices == null ? List.of() : List.copyOf(otherPrices);
    }

    /** What to store for prices a caller sent: null for none at all, so that others' prices hold. */
    public static Pricing stored(Pricing sent) {
        return sent == null || sent.equals(NONE) ? null : sent;
    }

    /** What to answer for stored prices: never null. */
    public static Pricing answered(Pricing stored) {
        return stored == null ? NONE : stored;
    }
}
