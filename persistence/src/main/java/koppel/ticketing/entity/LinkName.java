package koppel.ticketing.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A ticketing link's name as given, stripped; the rule is checked by the facade. */
public record LinkName(
        @NotBlank(message = LinkName.RULE) @Size(max = TicketingLink.MAX_NAME_LENGTH, message = LinkName.RULE)
        String name) {

    public static final String RULE = "A link's name has 1 to " + TicketingLink.MAX_NAME_LENGTH + " characters.";

    public LinkName {
        name = name == null ? null : name.strip();
    }
}
