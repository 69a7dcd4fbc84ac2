package koppel.team.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeamTest {

    @Test
    void keepsTheNameWithoutSurroundingSpace() {
        assertThat(new Team(new TeamName("  Stadsschouwburg ")).getName()).isEqualTo("Stadsschouwburg");
    }

    @Test
    void keepsTheLongestNameWhole() {
        String longest = "x".repeat(Team.MAX_NAME_LENGTH);
        assertThat(new Team(new TeamName(longest)).getName()).isEqualTo(longest);
    }

    @Test
    void aRenameTakesTheNewName() {
        Team team = new Team(new TeamName("Foyer"));
        team.rename(new TeamName(" Foyer 2 "));
        assertThat(team.getName()).isEqualTo("Foyer 2");
    }
}
