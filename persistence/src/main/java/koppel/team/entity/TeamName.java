package koppel.team.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A team's name as given, stripped; the rule is checked by the facade. */
public record TeamName(
        @NotBlank(message = TeamName.RULE) @Size(max = Team.MAX_NAME_LENGTH, message = TeamName.RULE)
        String name) {

    public static final String RULE = "A team name has 1 to " + Team.MAX_NAME_LENGTH + " characters.";

    public TeamName {
        name = name == null ? null : name.strip();
    }
}
