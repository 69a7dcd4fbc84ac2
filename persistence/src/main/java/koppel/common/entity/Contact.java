package koppel.common.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import koppel.common.EmailAddress;

/**
 * How to reach a person, the same for a client and a staff member: names, e-mail and phone, with
 * their rules. A value object kept in its owner's row; in the API its fields are the owner's own.
 */
@Embeddable
public record Contact(
        @JsonbProperty("first_name")
        @Column(name = "first_name", nullable = false, length = 100)
        @NotBlank(message = "This field is required.")
        @Size(max = 100)
        String firstName,

        @JsonbProperty("last_name")
        @Column(name = "last_name", nullable = false, length = 100)
        @NotBlank(message = "This field is required.")
        @Size(max = 100)
        String lastName,

        @JsonbProperty("email") @Column(length = EmailAddress.MAX_LENGTH) @EmailAddress
        String email,

        @JsonbProperty("phone_number")
        @Column(name = "phone_number", length = 32)
        @Pattern(regexp = "\\+?[0-9 ()./-]{3,32}", message = "Enter a valid phone number.")
        String phoneNumber) {

    /** No contact details at all, for data that names none (its rules then say what is missing). */
    public static final Contact NONE = new Contact(null, null, null, null);

    /** The same contact with the spaces around its names taken off. */
    public Contact stripped() {
        return new Contact(strip(firstName), strip(lastName), email, phoneNumber);
    }

    private static String strip(String name) {
        return name == null ? null : name.strip();
    }
}
