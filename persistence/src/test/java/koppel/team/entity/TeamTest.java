package koppel.team.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import koppel.common.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TeamTest {

    @Test
    void keepsTheNameWithoutSurroundingSpace() {
        assertThat(new Team("  Stadsschouwburg ").getName()).isEqualTo("Stadsschouwburg");
    }

    @Test
    void acceptsTheLongestName() {
        String longest = "x".repeat(Team.MAX_NAME_LENGTH);
        assertThat(new Team(longest).getName()).isEqualTo(longest);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void refusesABlankName(String name) {
        assertThatThrownBy(() -> new Team(name))
                .isInstanceOf(BusinessException.class)
                .extracting("field")
                .isEqualTo("name");
    }

    @Test
    void refusesATooLongNameInsteadOfCuttingIt() {
        assertThatThrownBy(() -> new Team("x".repeat(Team.MAX_NAME_LENGTH + 1)))
                .isInstanceOf(BusinessException.class)
                .extracting("field")
                .isEqualTo("name");
    }

    @Test
    void aRefusedRenameKeepsTheOldName() {
        Team team = new Team("Foyer");
        assertThatThrownBy(() -> team.rename(" ")).isInstanceOf(BusinessException.class);
        assertThat(team.getName()).isEqualTo("Foyer");
    }
}
