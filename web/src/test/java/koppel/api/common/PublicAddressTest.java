package koppel.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The request's address moved under the configured public one, path and query kept as sent. */
class PublicAddressTest {

    private static final URI BASE = URI.create("http://evil.example/api/v1/");

    @Test
    void theConfiguredAddressReplacesSchemeHostAndContextRoot() {
        String base = PublicAddress.apiBase(Optional.of("https://koppel.example.org/api/"))
                .orElseThrow();

        assertThat(base).isEqualTo("https://koppel.example.org/api/v1/");
        assertThat(PublicAddress.rebased(
                        base, BASE, URI.create("http://evil.example/api/v1/teams/x/clients?limit=1&q=a%20b")))
                .isEqualTo("https://koppel.example.org/api/v1/teams/x/clients?limit=1&q=a%20b");
        assertThat(PublicAddress.rebased(base, BASE, URI.create("http://evil.example/api/v1")))
                .isEqualTo("https://koppel.example.org/api/v1/");
        assertThat(PublicAddress.rebased(base, BASE, URI.create("http://evil.example/api/v1/teams/..%2F")))
                .isEqualTo("https://koppel.example.org/api/v1/teams/..%2F");
    }

    @Test
    void withoutTheSettingNothingChanges() {
        assertThat(PublicAddress.apiBase(Optional.empty())).isEmpty();
        assertThat(PublicAddress.apiBase(Optional.of("  "))).isEmpty();
    }
}
