package koppel.staff.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import koppel.common.Inline;
import koppel.common.entity.Contact;
import koppel.common.entity.TeamOwned;

/** What a caller says about a staff member; {@code active} is true unless said otherwise. */
public record StaffData(
        @Inline @Valid Contact contact,

        @JsonbProperty("position") @Size(max = 100) String position,
        @JsonbProperty("active") Boolean active,

        @JsonbProperty("external_reference") @Size(max = TeamOwned.MAX_EXTERNAL_REFERENCE_LENGTH)
        String externalReference,

        @JsonbProperty("custom_data") @Size(max = TeamOwned.MAX_CUSTOM_DATA_LENGTH)
        String customData) {

    public StaffData {
        contact = contact == null ? Contact.NONE : contact;
    }
}
