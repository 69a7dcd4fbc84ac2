package koppel.order.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import koppel.common.entity.Refers;
import koppel.product.entity.Product;

/** A voucher sold in an order: for which product, under which code. */
public record VoucherData(
        @JsonbProperty("product") @NotNull(message = "This field is required.") @Refers(Product.class)
        UUID product,

        @JsonbProperty("code") @Size(max = 100) String code) {}
