package koppel.order.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import koppel.common.entity.Refers;
import koppel.staff.entity.StaffMember;

/** A payment towards an order, taken by a staff member (the operator). */
public record PaymentData(
        @JsonbProperty("id") UUID id,

        @JsonbProperty("amount")
        @NotNull(message = "This field is required.")
        @DecimalMin("-1000000")
        @DecimalMax("1000000")
        @Digits(integer = 7, fraction = 2)
        BigDecimal amount,

        @JsonbProperty("method")
        @NotNull(message = "This field is required.")
        @Pattern(
                regexp = "cash|card|transfer|voucher|online|other",
                message = "One of cash, card, transfer, voucher, online, other.")
        String method,

        @JsonbProperty("date") LocalDate date,

        @JsonbProperty("operator") @Refers(StaffMember.class)
        UUID operator) {}
