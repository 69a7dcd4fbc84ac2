package koppel.product.entity;

import jakarta.persistence.Converter;
import koppel.common.entity.JsonColumn;

/** Prices kept as JSON text, by products and session groups alike. */
@Converter
public class PricingColumn extends JsonColumn<Pricing> {

    public PricingColumn() {
        super(Pricing.class);
    }
}
