package koppel.staff.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import koppel.common.entity.TeamOwned;

/** What a caller says about a staff member; {@code active} is true unless said otherwise. */
public record StaffData(
        @NotBlank(message = "This field is required.") @Size(max = 100)
        String firstName,

        @NotBlank(message = "This field is required.") @Size(max = 100)
        String lastName,

        @Email @Size(max = 254) String email,

        @Pattern(regexp = "\\+?[0-9 ()./-]{3,32}", message = "Enter a valid phone number.")
        String phoneNumber,

        @Size(max = 100) String position,
        Boolean active,
        @Size(max = TeamOwned.MAX_EXTERNAL_REFERENCE_LENGTH) String externalReference,
        @Size(max = TeamOwned.MAX_CUSTOM_DATA_LENGTH) String customData) {}
