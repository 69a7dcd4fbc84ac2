package koppel.client.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import koppel.common.entity.TeamOwned;

/**
 * What a caller says about a client: everything but its id, team and times. The constraints are
 * the client's rules, checked by the facade for the API and the admin UI alike.
 */
public record ClientData(
        @NotBlank(message = "This field is required.") @Size(max = 100)
        String firstName,

        @NotBlank(message = "This field is required.") @Size(max = 100)
        String lastName,

        @Email @Size(max = 254) String email,

        @Pattern(regexp = "\\+?[0-9 ()./-]{3,32}", message = "Enter a valid phone number.")
        String phoneNumber,

        @Past LocalDate birthDate,

        @Pattern(regexp = "[a-z]{2}", message = "Enter a two-letter ISO 639-1 language code.")
        String language,

        @Size(max = 5000) String note,
        @Size(max = 200) String street,
        @Size(max = 100) String city,
        @Size(max = 20) String postalCode,
        @Size(max = 100) String state,

        @Pattern(regexp = "[A-Z]{2}", message = "Enter a two-letter ISO 3166-1 country code.")
        String country,

        @Size(max = TeamOwned.MAX_EXTERNAL_REFERENCE_LENGTH) String externalReference,
        @Size(max = TeamOwned.MAX_CUSTOM_DATA_LENGTH) String customData) {}
