package koppel.session.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import koppel.common.ReadOnly;
import koppel.common.entity.Refers;
import koppel.common.entity.TeamOwned;
import koppel.product.entity.Pricing;
import koppel.product.entity.Product;

/**
 * What a caller says about a session group: the product it runs, and where it differs from the
 * product (places, prices). {@code bookable} opens it for booking online, {@code on_sale} puts it on
 * sale in the ticketing system of the team's link; {@code ticketing} is what that system said.
 */
public record SessionGroupData(
        @JsonbProperty("product") @NotNull(message = "This field is required.") @Refers(Product.class)
        UUID product,

        @JsonbProperty("title") @Size(max = 200) String title,

        @JsonbProperty("maximum_participants") @Min(1) @Max(100_000)
        Integer maximumParticipants,

        @JsonbProperty("bookable") Boolean bookable,
        @JsonbProperty("prices") @Valid Pricing prices,
        @JsonbProperty("on_sale") Boolean onSale,
        @JsonbProperty("ticketing") @ReadOnly TicketingState ticketing,

        @JsonbProperty("external_reference") @Size(max = TeamOwned.MAX_EXTERNAL_REFERENCE_LENGTH)
        String externalReference,

        @JsonbProperty("custom_data") @Size(max = TeamOwned.MAX_CUSTOM_DATA_LENGTH)
        String customData) {}
