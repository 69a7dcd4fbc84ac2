package koppel.order.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import koppel.common.entity.Refers;
import koppel.session.entity.SessionGroup;

/**
 * An item of an order: a booking of a session group for some participants, or a voucher. An item
 * that exists carries its id; one without id is new.
 */
public record OrderItemData(
        @JsonbProperty("id") UUID id,

        @JsonbProperty("type")
        @NotNull(message = "This field is required.")
        @Pattern(regexp = "booking|voucher", message = "One of booking, voucher.")
        String type,

        @JsonbProperty("session_group") @Refers(SessionGroup.class)
        UUID sessionGroup,

        @JsonbProperty("voucher") @Valid VoucherData voucher,
        @JsonbProperty("participants") @Size(max = 100) List<@Valid ParticipantData> participants,

        @JsonbProperty("price") @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2)
        BigDecimal price) {

    public OrderItemData {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    public boolean isBooking() {
        return "booking".equals(type);
    }
}
