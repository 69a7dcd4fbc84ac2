package koppel.api.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Of the WebJar, the explorer serves the files its page loads and nothing else. */
class ExplorerTest {

    @Test
    void onlyThePagesFilesOfTheWebJarAreServed() {
        assertThat(Explorer.served("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js"))
                .isTrue();
        assertThat(Explorer.served("/webjars/swagger-ui/5.34.1/swagger-ui.css")).isTrue();
        assertThat(Explorer.served("/webjars/swagger-ui/5.34.1/index.html"))
                .as("the demo page, pointing at a public example API")
                .isFalse();
        assertThat(Explorer.served("/webjars/swagger-ui/5.34.1/oauth2-redirect.html"))
                .isFalse();
        assertThat(Explorer.served("/webjars/swagger-ui/5.34.1/swagger-initializer.js"))
                .isFalse();
        assertThat(Explorer.served("/webjars/swagger-ui/5.34.1/../5.34.1/swagger-ui.css"))
                .isFalse();
        assertThat(Explorer.served("/webjars/other/1.0/swagger-ui.css")).isFalse();
    }

    @Test
    void thePageMayRunOnlyItsOwnScriptsAndReachOnlyThisServer() {
        assertThat(Explorer.POLICY)
                .contains("script-src 'self';", "connect-src 'self';", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
    }
}
