package koppel.product.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.Size;

/** Where a product takes place. */
public record Location(
        @JsonbProperty("meeting_point") @Size(max = 200) String meetingPoint,
        @JsonbProperty("address") @Size(max = 500) String address) {}
