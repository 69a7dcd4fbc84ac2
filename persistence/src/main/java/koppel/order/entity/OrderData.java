package koppel.order.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import koppel.client.entity.Client;
import koppel.common.entity.Refers;
import koppel.common.entity.TeamOwned;

/** What a caller says about an order: whose it is, what it holds, what was paid. */
public record OrderData(
        @JsonbProperty("client") @NotNull(message = "This field is required.") @Refers(Client.class)
        UUID client,

        @JsonbProperty("items") @Size(max = 200) List<@Valid OrderItemData> items,
        @JsonbProperty("payments") @Size(max = 100) List<@Valid PaymentData> payments,
        @JsonbProperty("note") @Size(max = 5000) String note,

        @JsonbProperty("external_reference") @Size(max = TeamOwned.MAX_EXTERNAL_REFERENCE_LENGTH)
        String externalReference,

        @JsonbProperty("custom_data") @Size(max = TeamOwned.MAX_CUSTOM_DATA_LENGTH)
        String customData) {

    public OrderData {
        items = items == null ? List.of() : List.copyOf(items);
        payments = payments == null ? List.of() : List.copyOf(payments);
    }
}
