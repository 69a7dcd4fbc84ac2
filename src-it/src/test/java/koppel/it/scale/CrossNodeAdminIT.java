package koppel.it.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import koppel.it.admin.AdminSession;
import koppel.it.api.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Admin sessions through the balancer: a signed-in admin stays on the node that holds the
 * session, page after page; when that node is lost, the next page asks for a new login, which the
 * other node then serves.
 */
class CrossNodeAdminIT {

    private static final String PASSWORD = "a-long-enough-password";
    // The home page by its own address: /admin/ serves it on the servers (their welcome page), but
    // redirects to it on Payara Micro (koppel.micro.AdminEntrance).
    private static final List<String> PAGES =
            List.of("/index.xhtml", "/settings/integrations/api-keys.xhtml", "/settings/users.xhtml");

    @Test
    void anAdminSessionStaysOnItsNodeAndALostNodeMeansANewLogin() {
        String admin = "scale-admin-" + UUID.randomUUID().toString().substring(0, 8);
        Fixtures.user(admin, PASSWORD, List.of("admin"));
        try (AdminSession session = AdminSession.open()) {
            assertThat(AdminSession.admitted(session.logIn(admin, PASSWORD))).isTrue();
            Set<String> nodes = new HashSet<>();
            for (int i = 0; i < 12; i++) {
                AdminSession.Page page = session.get(PAGES.get(i % PAGES.size()));
                assertThat(page.status()).as(page.body()).isEqualTo(200);
                assertThat(page.body()).contains("id=\"menu\"");
                nodes.addAll(page.header("x-koppel-node"));
            }
            assertThat(nodes).as("nodes that answered one session").hasSize(1);
            String held = nodes.iterator().next();
            String other = held.equals("node-a") ? "node-b" : "node-a";

            Topology.server("stop-node", held);
            try {
                AdminSession.Page afterLoss = session.get(PAGES.get(0));
                assertThat(afterLoss.isLoginRedirect())
                        .as("asked to log in again")
                        .isTrue();
                assertThat(AdminSession.admitted(session.logIn(admin, PASSWORD)))
                        .isTrue();
                AdminSession.Page again = session.get(PAGES.get(1));
                assertThat(again.status()).isEqualTo(200);
                assertThat(again.header("x-koppel-node")).containsExactly(other);
            } finally {
                Topology.server("restart-node", held);
            }
        }
    }
}
