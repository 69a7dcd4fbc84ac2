package koppel.apikey.entity;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import koppel.common.BusinessException;
import koppel.common.Texts;

/**
 * Everything an administrator decides about a key: its name and description, the teams it may act
 * on, its access per resource type (teams at least read), its expiry and its own throttle rates
 * (null: the defaults; as given, so that a value out of range is refused rather than cut).
 */
public record Grant(
        String name,
        String description,
        Set<UUID> teams,
        Map<ResourceType, Access> permissions,
        Instant expiresAt,
        Long ratePerSecond,
        Long ratePerDay) {

    public Grant {
        name = Texts.name(
                name, ApiKey.MAX_NAME_LENGTH, "A key's name has 1 to " + ApiKey.MAX_NAME_LENGTH + " characters.");
        description = description == null || description.isBlank() ? null : description.strip();
        if (description != null && description.length() > ApiKey.MAX_DESCRIPTION_LENGTH) {
            throw new BusinessException(
                    "description", "A description has at most " + ApiKey.MAX_DESCRIPTION_LENGTH + " characters.");
        }
        teams = teams == null ? Set.of() : Set.copyOf(teams);
        permissions = withTeamsRead(permissions);
        RateLimits.check(ratePerSecond, ratePerDay);
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
