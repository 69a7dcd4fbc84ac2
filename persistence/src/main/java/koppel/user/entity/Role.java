package koppel.user.entity;

import java.util.Arrays;
import java.util.Optional;

/** What a user may do: administer Koppel, use it, or act as a third-party integration. */
public enum Role {
    ADMIN("admin"),
    USER("user"),
    INTEGRATION("integration");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The name the container's security knows the role by. */
    public String roleName() {
        return roleName;
    }

    public static Optional<Role> byRoleName(String roleName) {
        return Arrays.stream(values())
                .filter(role -> role.roleName.equals(roleName))
                .findFirst();
    }
}
