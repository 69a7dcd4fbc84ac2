package koppel.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import koppel.it.Deployments;
import koppel.it.api.Fixtures;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every admin page answers with a Content-Security-Policy, nosniff and a same-origin referrer
 * policy; the session cookie is HttpOnly and SameSite=Lax, and signing in gives a new session id.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    private static final List<String> PAGES = List.of(
            "/",
            "/settings/integrations/api-keys.xhtml",
            "/settings/integrations/links.xhtml",
            "/settings/users.xhtml",
            "/forbidden.xhtml",
            "/expired.xhtml",
            "/no-such-page.xhtml");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        String admin = Fixtures.unique("headers");
        Fixtures.user(admin, "a-long-enough-password", List.of("admin"));
        try (AdminSession session = AdminSession.open()) {
            SoftAssertions softly = new SoftAssertions();
            checkHeaders(softly, "/login.xhtml", session.get("/login.xhtml"));
            assertThat(AdminSession.admitted(session.logIn(admin, "a-long-enough-password")))
                    .isTrue();
            for (String path : PAGES) {
                checkHeaders(softly, path, session.get(path));
            }
            softly.assertAll();
        }
    }

    @Test
    void theSessionCookieIsLaxAndRenewedAtSignIn() {
        String admin = Fixtures.unique("cookie");
        Fixtures.user(admin, "a-long-enough-password", List.of("admin"));
        try (AdminSession session = AdminSession.open()) {
            AdminSession.Page login = session.get("/login.xhtml");
            assertThat(login.header("set-cookie"))
                    .anySatisfy(cookie -> assertThat(cookie)
                            .startsWith("JSESSIONID=")
                            .containsIgnoringCase("HttpOnly")
                            .containsIgnoringCase("SameSite=Lax"));
            String before = session.sessionId().orElseThrow();

            assertThat(AdminSession.admitted(session.logIn(admin, "a-long-enough-password")))
                    .isTrue();

            assertThat(session.sessionId()).isPresent().get().isNotEqualTo(before);
            assertThat(session.get("/").status()).isEqualTo(200);
        }
    }

    @Test
    void overHttpsTheSessionCookieIsSecure() {
        try (AdminSession session = AdminSession.overHttps()) {
            AdminSession.Page login = session.get("/login.xhtml");

            assertThat(login.status()).isEqualTo(200);
            assertThat(login.header("set-cookie"))
                    .anySatisfy(cookie -> assertThat(cookie)
                            .startsWith("JSESSIONID=")
                            .containsIgnoringCase("Secure")
                            .containsIgnoringCase("SameSite=Lax"));
        }
    }

    private static void checkHeaders(SoftAssertions softly, String path, AdminSession.Page page) {
        softly.assertThat(page.header("content-security-policy"))
                .as(path + " Content-Security-Policy")
                .singleElement()
                .satisfies(policy -> assertThat(policy)
                        .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                        .containsPattern("script-src 'self' 'nonce-[^']+'"));
        softly.assertThat(page.header("x-content-type-options")).as(path).containsExactly("nosniff");
        softly.assertThat(page.header("referrer-policy")).as(path).containsExactly("same-origin");
    }
}
