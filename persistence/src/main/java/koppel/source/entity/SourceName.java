package koppel.source.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The name of an authorization or a source configuration as given, stripped; the facade checks the rule. */
public record SourceName(
        @NotBlank(message = SourceName.RULE) @Size(max = SourceName.MAX_LENGTH, message = SourceName.RULE)
        String name) {

    public static final int MAX_LENGTH = 100;
    public static final String RULE = "A name has 1 to " + MAX_LENGTH + " characters.";

    public SourceName {
        name = name == null ? null : name.strip();
    }
}
