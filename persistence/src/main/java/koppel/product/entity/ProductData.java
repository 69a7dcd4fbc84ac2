package koppel.product.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import koppel.common.entity.TeamOwned;

/**
 * What a caller says about a product. Title and description are translations keyed by ISO 639-1
 * language ("en", "fr", ...).
 */
public record ProductData(
        @JsonbProperty("title") @NotEmpty(message = "This field is required.")
        Map<
                        @Pattern(regexp = "[a-z]{2}", message = "Languages are two-letter ISO 639-1 codes.") String,
                        @NotBlank @Size(max = 200) String>
                title,

        @JsonbProperty("description")
        Map<
                        @Pattern(regexp = "[a-z]{2}", message = "Languages are two-letter ISO 639-1 codes.") String,
                        @Size(max = 10_000) String>
                description,

        @JsonbProperty("online") Boolean online,
        @JsonbProperty("private_session") Boolean privateSession,

        @JsonbProperty("description_image")
        @Size(max = 2000)
        @Pattern(regexp = "https?://\\S+", message = "Enter a valid URL.")
        String descriptionImage,

        @JsonbProperty("location") @Valid Location location,
        @JsonbProperty("participants") @Valid Participants participants,
        @JsonbProperty("category") @Valid Category category,
        @JsonbProperty("sessions") @Valid Pricing sessions,
        @JsonbProperty("vouchers") @Valid Pricing vouchers,

        @JsonbProperty("external_reference") @Size(max = TeamOwned.MAX_EXTERNAL_REFERENCE_LENGTH)
        String externalReference,

        @JsonbProperty("custom_data") @Size(max = TeamOwned.MAX_CUSTOM_DATA_LENGTH)
        String customData) {

    public ProductData {
        title = title == null ? Map.of() : Map.copyOf(title);
        description = description == null ? Map.of() : Map.copyOf(description);
    }
}
