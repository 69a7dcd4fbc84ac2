package koppel.user.entity;

import jakarta.validation.constraints.Size;
import koppel.common.EmailAddress;

/**
 * What an administrator says about a user besides the username, password and roles: stripped,
 * blank is not given. The constraints are the user's rules, checked by the facade as every
 * resource's are.
 */
public record UserProfile(
        @Size(max = User.MAX_DISPLAY_NAME_LENGTH) String displayName,
        @EmailAddress String email) {

    public UserProfile {
        displayName = given(displayName);
        email = given(email);
    }

    private static String given(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
