package koppel.apikey.entity;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import koppel.common.BusinessException;

/**
 * Everything an administrator decides about a key: its name and description, the teams it may act
 * on, its access per resource type, its expiry and its own throttle rates (null: the defaults).
 */
public record Grant(
        String name,
        String description,
        Set<UUID> teams,
        Map<ResourceType, Access> permissions,
        Instant expiresAt,
        Integer ratePerSecond,
        Integer ratePerDay) {

    public Grant {
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > ApiKey.MAX_NAME_LENGTH) {
            throw new BusinessException("name", "A key's name has 1 to " + ApiKey.MAX_NAME_LENGTH + " characters.");
        }
        description = description == null || description.isBlank() ? null : description.strip();
        if (description != null && description.length() > ApiKey.MAX_DESCRIPTION_LENGTH) {
            throw new BusinessException(
                    "description", "A description has at most " + ApiKey.MAX_DESCRIPTION_LENGTH + " characters.");
        }
        teams = teams == null ? Set.of() : Set.copyOf(teams);
        permissions = permissions == null ? Map.of() : Map.copyOf(permissions);
        if (ratePerSecond != null || ratePerDay != null) {
            // Validates whichever is given; the other stands in with a valid placeholder.
            new RateLimits(ratePerSecond == null ? 1 : ratePerSecond, ratePerDay == null ? 1 : ratePerDay);
        }
    }

    /** A grant of one access level on some resource types for some teams, with the default rates. */
    public static Grant of(String name, Set<UUID> teams, Map<ResourceType, Access> permissions) {
        return new Grant(name, null, teams, permissions, null, null, null);
    }
}
