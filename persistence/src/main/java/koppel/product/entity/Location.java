package koppel.product.entity;

import jakarta.validation.constraints.Size;

/** Where a product takes place. */
public record Location(
        @Size(max = 200) String meetingPoint,
        @Size(max = 500) String address) {}
