package koppel.product.entity;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** The category a product is listed under. */
public record Category(@Min(0) Integer id, @Size(max = 100) String name) {}
