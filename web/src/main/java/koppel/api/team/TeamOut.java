package koppel.api.team;

import java.time.Instant;
import java.util.UUID;
import koppel.team.entity.Team;

/** A team as the API shows it. */
public record TeamOut(UUID id, String name, Instant created, Instant lastModified) {

    public static TeamOut of(Team team) {
        return new TeamOut(team.getId(), team.getName(), team.getCreated(), team.getLastModified());
    }
}
