package koppel.product.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Who a product is for, how many per session, and what to ask of each when booking. */
public record Participants(
        @JsonbProperty("target") @Pattern(regexp = "ALL|CHILDREN|ADULTS", message = "One of ALL, CHILDREN, ADULTS.")
        String target,

        @JsonbProperty("level")
        @Pattern(
                regexp = "ALL|BEGINNER|INTERMEDIATE|ADVANCED",
                message = "One of ALL, BEGINNER, INTERMEDIATE, ADVANCED.")
        String level,

        @JsonbProperty("maximum") @Min(1) @Max(100_000) Integer maximum,
        @JsonbProperty("expected_data") @Size(max = 50) List<@Valid ExpectedField> expectedData) {

    public Participants {
        expectedData = expectedData == null ? List.of() : List.copyOf(expectedData);
    }
}
