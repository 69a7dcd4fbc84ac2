package koppel.common.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import koppel.team.entity.Team;
import koppel.team.entity.TeamName;
import org.junit.jupiter.api.Test;

class TrackedTest {

    @Test
    void creationSetsBothTimesAlike() {
        Tracked team = new Team(new TeamName("Foyer"));
        team.onCreate();

        assertThat(team.getCreated()).isNotNull().isEqualTo(team.getLastModified());
        assertThat(team.getCreated().truncatedTo(ChronoUnit.MICROS)).isEqualTo(team.getCreated());
    }

    @Test
    void anUpdateMovesOnlyLastModified() {
        Tracked team = new Team(new TeamName("Foyer"));
        team.onCreate();
        var created = team.getCreated();
        team.onUpdate();

        assertThat(team.getCreated()).isEqualTo(created);
        assertThat(team.getLastModified()).isAfterOrEqualTo(created);
    }

    @Test
    void identityIsTheId() {
        Team one = new Team(new TeamName("Foyer"));
        Team other = new Team(new TeamName("Foyer"));

        assertThat(one).isEqualTo(one).isNotEqualTo(other).hasSameHashCodeAs(one);
        assertThat(one.getId()).isNotEqualTo(other.getId());
    }
}
