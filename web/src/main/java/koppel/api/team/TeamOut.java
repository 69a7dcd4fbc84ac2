package koppel.api.team;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.UUID;
import koppel.team.entity.Team;

/** A team as the API shows it. */
public record TeamOut(
        @JsonbProperty("id") UUID id,
        @JsonbProperty("name") String name,
        @JsonbProperty("created") Instant created,
        @JsonbProperty("last_modified") Instant lastModified) {

    public static TeamOut of(Team team) {
        return new TeamOut(team.getId(), team.getName(), team.getCreated(), team.getLastModified());
    }
}
