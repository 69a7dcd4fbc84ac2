package koppel.product.entity;

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
        @NotEmpty(message = "This field is required.")
        Map<
                        @Pattern(regexp = "[a-z]{2}", message = "Languages are two-letter ISO 639-1 codes.") String,
                        @NotBlank @Size(max = 200) String>
                title,

        Map<
                        @Pattern(regexp = "[a-z]{2}", message = "Languages are two-letter ISO 639-1 codes.") String,
                        @Size(max = 10_000) String>
                description,
        Boolean online,
        Boolean privateSession,

        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "Enter a valid URL.")
        String descriptionImage,

        @Valid Location location,
        @Valid Participants participants,
        @Valid Category category,
        @Valid Pricing sessions,
        @Valid Pricing vouchers,
        @Size(max = TeamOwned.MAX_EXTERNAL_REFERENCE_LENGTH) String externalReference,
        @Size(max = TeamOwned.MAX_CUSTOM_DATA_LENGTH) String customData) {

    public ProductData {
        title = title == null ? Map.of() : Map.copyOf(title);
        description = description == null ? Map.of() : Map.copyOf(description);
    }
}
