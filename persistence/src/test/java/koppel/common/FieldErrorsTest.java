package koppel.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    @Test
    void flatFieldsCollectTheirMessages() {
        FieldErrors errors =
                new FieldErrors().add("price", "This field is required.").add("price", "Too low.");

        assertThat(errors.asMap()).isEqualTo(Map.of("price", List.of("This field is required.", "Too low.")));
    }

    @Test
    void listElementsKeepTheirPositionsWithEmptyObjectsForTheFineOnes() {
        FieldErrors errors = new FieldErrors().add(List.of("items", 1, "participants"), "Too many.");

        assertThat(errors.asMap())
                .isEqualTo(Map.of("items", List.of(Map.of(), Map.of("participants", List.of("Too many.")))));
    }

    @Test
    void nestedObjectsNest() {
        FieldErrors errors = new FieldErrors()
                .add(List.of("participants", "maximum"), "Must be at least 1.")
                .add(List.of("participants", "expected_data", 0, "type"), "Unknown type.");

        assertThat(errors.asMap())
                .isEqualTo(Map.of(
                        "participants",
                        Map.of(
                                "maximum", List.of("Must be at least 1."),
                                "expected_data", List.of(Map.of("type", List.of("Unknown type."))))));
    }

    @Test
    void noPathIsNonFieldErrors() {
        assertThat(new FieldErrors().add(List.of(), "Dates overlap.").asMap())
                .isEqualTo(Map.of("non_field_errors", List.of("Dates overlap.")));
    }
}
