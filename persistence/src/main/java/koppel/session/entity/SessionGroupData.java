package koppel.session.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import koppel.common.entity.Refers;
import koppel.common.entity.TeamOwned;
import koppel.product.entity.Pricing;
import koppel.product.entity.Product;

/**
 * What a caller says about a session group: the product it runs, and where it differs from the
 * product (places, prices). {@code bookable} opens it for booking online.
 */
public record SessionGroupData(
        @NotNull(message = "This field is required.") @Refers(Product.class)
        UUID product,

        @Size(max = 200) String title,
        @Min(1) @Max(100_000) Integer maximumParticipants,
        Boolean bookable,
        @Valid Pricing prices,
        @Size(max = TeamOwned.MAX_EXTERNAL_REFERENCE_LENGTH) String externalReference,
        @Size(max = TeamOwned.MAX_CUSTOM_DATA_LENGTH) String customData) {}
