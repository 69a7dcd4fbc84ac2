package koppel.user.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A username and a password as an administrator gives them, before the password is hashed: the
 * rules are checked by the facade, the password is never kept.
 */
public record Credentials(
        @NotNull(message = User.USERNAME_RULE) @Pattern(regexp = User.USERNAME_PATTERN, message = User.USERNAME_RULE)
        String username,

        @NotNull(message = Credentials.PASSWORD_RULE)
        @Size(min = Credentials.MIN_PASSWORD_LENGTH, message = Credentials.PASSWORD_RULE)
        char[] password) {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final String PASSWORD_RULE = "A password has at least " + MIN_PASSWORD_LENGTH + " characters.";
}
