package koppel.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import koppel.it.Deployments;
import koppel.it.api.Fixtures;
import koppel.it.api.Fixtures.Key;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A key's page says where the key was last used from: the address of the API request's caller, as
 * the API's door read it, written with the key's counts a moment later.
 */
@ExtendWith(ArquillianExtension.class)
class KeyLastUseIT {

    private static final Duration DEADLINE = Duration.ofSeconds(15);

    /** This machine's address as the server saw the test's request, IPv4 or IPv6. */
    private static final Pattern LOOPBACK = Pattern.compile("· (127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1)\\b");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void theKeyPageShowsTheAddressOfTheLastRequest() throws InterruptedException {
        Key key = Fixtures.key(List.of(Fixtures.team()), Map.of("clients", "read"));
        String admin = Fixtures.unique("lastuse");
        Fixtures.user(admin, "a-long-enough-password", List.of("admin"));
        try (AdminSession session = AdminSession.open()) {
            assertThat(AdminSession.admitted(session.logIn(admin, "a-long-enough-password")))
                    .isTrue();
            String page = "/settings/integrations/api-key.xhtml?id=" + key.id();
            assertThat(LOOPBACK.matcher(session.get(page).body()).find()).isFalse();

            assertThat(key.api().get("/teams/" + key.team() + "/clients").status())
                    .isEqualTo(200);

            Instant deadline = Instant.now().plus(DEADLINE);
            String body = session.get(page).body();
            while (!LOOPBACK.matcher(body).find() && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
                body = session.get(page).body();
            }
            assertThat(body).containsPattern(LOOPBACK);
        }
    }
}
