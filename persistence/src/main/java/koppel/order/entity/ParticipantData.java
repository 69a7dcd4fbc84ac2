package koppel.order.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** One person booked on an item, with the data the product asks for (its expected_data fields). */
public record ParticipantData(
        @JsonbProperty("first_name") @NotBlank(message = "This field is required.") @Size(max = 100)
        String firstName,

        @JsonbProperty("last_name") @NotBlank(message = "This field is required.") @Size(max = 100)
        String lastName,

        @JsonbProperty("data") @Size(max = 50) Map<@Size(max = 50) String, @Size(max = 1000) String> data) {

    public ParticipantData {
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
