package koppel.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import koppel.it.Deployments;
import koppel.it.api.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A signed-in session holds only who signed in: what they may do is read afresh at every click,
 * so a demoted admin is refused at once, a re-promoted one let in again, a disabled one signed out.
 */
@ExtendWith(ArquillianExtension.class)
class SignedInSessionsIT {

    private static final String PASSWORD = "a-long-enough-password";
    private static final String PAGE = "/settings/users.xhtml";

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void rolesAndDisablingTakeEffectAtTheNextClick() {
        String username = Fixtures.unique("session");
        String user = Fixtures.user(username, PASSWORD, List.of("admin"));
        try (AdminSession session = AdminSession.open()) {
            assertThat(AdminSession.admitted(session.logIn(username, PASSWORD))).isTrue();
            assertThat(session.get(PAGE).status()).isEqualTo(200);

            Fixtures.roles(user, List.of("user"));
            assertThat(session.get(PAGE).status()).as("demoted").isEqualTo(403);

            Fixtures.roles(user, List.of("admin"));
            assertThat(session.get(PAGE).status()).as("admin again").isEqualTo(200);

            Fixtures.disable(user);
            assertThat(session.get(PAGE).isLoginRedirect()).as("disabled").isTrue();
        }
    }
}
