package koppel.client.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import koppel.common.Inline;
import koppel.common.entity.Contact;
import koppel.common.entity.TeamOwned;

/**
 * What a caller says about a client: everything but its id, team and times. The constraints are
 * the client's rules, checked by the facade for the API and the admin UI alike.
 */
public record ClientData(
        @Inline @Valid Contact contact,

        @JsonbProperty("birth_date") @Past LocalDate birthDate,

        @JsonbProperty("language")
        @Pattern(regexp = "[a-z]{2}", message = "Enter a two-letter ISO 639-1 language code.")
        String language,

        @JsonbProperty("note") @Size(max = 5000) String note,
        @JsonbProperty("street") @Size(max = 200) String street,
        @JsonbProperty("city") @Size(max = 100) String city,
        @JsonbProperty("postal_code") @Size(max = 20) String postalCode,
        @JsonbProperty("state") @Size(max = 100) String state,

        @JsonbProperty("country") @Pattern(regexp = "[A-Z]{2}", message = "Enter a two-letter ISO 3166-1 country code.")
        String country,

        @JsonbProperty("external_reference") @Size(max = TeamOwned.MAX_EXTERNAL_REFERENCE_LENGTH)
        String externalReference,

        @JsonbProperty("custom_data") @Size(max = TeamOwned.MAX_CUSTOM_DATA_LENGTH)
        String customData) {

    public ClientData {
        contact = contact == null ? Contact.NONE : contact;
    }
}
