package koppel.order.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** One person booked on an item, with the data the product asks for (its expected_data fields). */
public record ParticipantData(
        @NotBlank(message = "This field is required.") @Size(max = 100)
        String firstName,

        @NotBlank(message = "This field is required.") @Size(max = 100)
        String lastName,

        @Size(max = 50) Map<@Size(max = 50) String, @Size(max = 1000) String> data) {

    public ParticipantData {
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
