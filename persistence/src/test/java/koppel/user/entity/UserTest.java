package koppel.user.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UserTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "admin",
                "ticketing-sync",
                "j.doe_2",
                "7",
                "a123456789012345678901234567890123456789012345678901234567890123"
            })
    void theUsernameRuleAccepts(String username) {
        assertThat(username).matches(User.USERNAME_PATTERN);
    }

    @ParameterizedTest
    @EmptySource
    @ValueSource(
            strings = {
                "Admin",
                "-admin",
                ".admin",
                "ad min",
                "admin'--",
                "<script>",
                "a1234567890123456789012345678901234567890123456789012345678901234"
            })
    void theUsernameRuleRefuses(String username) {
        assertThat(username).doesNotMatch(User.USERNAME_PATTERN);
    }

    @Test
    void theDisplayNameDefaultsToTheUsername() {
        assertThat(new User("sync", " ", "hash", Set.of()).getDisplayName()).isEqualTo("sync");
        assertThat(new User("sync", " Sync bot ", "hash", Set.of()).getDisplayName())
                .isEqualTo("Sync bot");
    }

    @Test
    void rolesAreCopiedNotShared() {
        Set<Role> roles = EnumSet.of(Role.INTEGRATION);
        User user = new User("sync", null, "hash", roles);
        roles.add(Role.ADMIN);

        assertThat(user.hasRole(Role.INTEGRATION)).isTrue();
        assertThat(user.hasRole(Role.ADMIN)).isFalse();
    }

    @Test
    void aNewUserIsEnabledUntilDisabled() {
        User user = new User("sync", null, "hash", Set.of(Role.USER));
        assertThat(user.isEnabled()).isTrue();
        user.disable();
        assertThat(user.isEnabled()).isFalse();
        user.enable();
        assertThat(user.isEnabled()).isTrue();
    }

    @Test
    void roleNamesAreWhatTheSecurityConfigurationDeclares() {
        assertThat(Role.ADMIN.roleName()).isEqualTo("admin");
        assertThat(Role.USER.roleName()).isEqualTo("user");
        assertThat(Role.INTEGRATION.roleName()).isEqualTo("integration");
    }
}
