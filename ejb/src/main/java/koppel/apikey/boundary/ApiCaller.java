package koppel.apikey.boundary;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import koppel.apikey.entity.Access;
import koppel.apikey.entity.ApiKey;
import koppel.apikey.entity.ResourceType;

/** Who is calling the API: the key, its owner, and what the key may do. Immutable, safe to share. */
public record ApiCaller(
        UUID keyId,
        UUID userId,
        Set<UUID> teams,
        Map<ResourceType, Access> permissions,
        Optional<UUID> webhookIntegration,
        Optional<UUID> ticketingLink) {

    static ApiCaller of(ApiKey key) {
        return new ApiCaller(
                key.getId(),
                key.getUser().getId(),
                key.getTeams(),
                key.getPermissions(),
                key.getWebhookIntegrationId(),
                key.getTicketingLinkId());
    }

    public boolean may(ResourceType type, Access needed) {
        return permissions.getOrDefault(type, Access.NONE).allows(needed);
    }

    public boolean actsOn(UUID team) {
        return teams.contains(team);
    }
}
