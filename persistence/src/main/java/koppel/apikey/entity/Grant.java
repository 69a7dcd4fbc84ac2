package koppel.apikey.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Everything an administrator decides about a key: its name and description, the teams it may act
 * on, its access per resource type (teams at least read), its expiry and its own throttle rates
 * (null: the defaults; as given, so that a value out of range is refused rather than cut). The
 * constraints are the key's rules, checked by the facade.
 */
public record Grant(
        @NotBlank(message = NAME_RULE) @Size(max = ApiKey.MAX_NAME_LENGTH, message = NAME_RULE)
        String name,

        @Size(max = ApiKey.MAX_DESCRIPTION_LENGTH, message = DESCRIPTION_RULE)
        String description,

        Set<UUID> teams,
        Map<ResourceType, Access> permissions,
        Instant expiresAt,

        @Min(value = 1, message = RateLimits.PER_SECOND_RULE)
        @Max(value = RateLimits.MAX_PER_SECOND, message = RateLimits.PER_SECOND_RULE)
        Long ratePerSecond,

        @Min(value = 1, message = RateLimits.PER_DAY_RULE)
        @Max(value = RateLimits.MAX_PER_DAY, message = RateLimits.PER_DAY_RULE)
        Long ratePerDay) {

    public static final String NAME_RULE = "A key's name has 1 to " + ApiKey.MAX_NAME_LENGTH + " characters.";
    public static final String DESCRIPTION_RULE =
            "A description has at most " + ApiKey.MAX_DESCRIPTION_LENGTH + " characters.";

    public Grant {
        name = name == null ? null : name.strip();
        description = description == null || description.isBlank() ? null : description.strip();
        teams = teams == null ? Set.of() : Set.copyOf(teams);
        permissions = withTeamsRead(permissions);
    }

    /** A grant of one access level on some resource types for some teams, with the default rates. */
    public static Grant of(String name, Set<UUID> teams, Map<ResourceType, Access> permissions) {
        return new Grant(name, null, teams, permissions, null, null, null);
    }

    /** Every key may read the teams it was granted: the teams permission is read or write, never none. */
    private static Map<ResourceType, Access> withTeamsRead(Map<ResourceType, Access> given) {
        Map<ResourceType, Access> permissions = new EnumMap<>(ResourceType.class);
        if (given != null) {
            permissions.putAll(given);
        }
        permissions.merge(ResourceType.TEAMS, Access.READ, (chosen, read) -> chosen == Access.NONE ? read : chosen);
        return Map.copyOf(permissions);
    }
}
