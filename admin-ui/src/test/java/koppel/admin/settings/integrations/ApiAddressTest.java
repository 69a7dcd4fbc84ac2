package koppel.admin.settings.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The admin pages point integrators where the API builds its own links from. */
class ApiAddressTest {

    @Test
    void theConfiguredAddressWinsOverTheHostOfThePage() {
        assertThat(ApiAddress.of(Optional.of(" https://koppel.example.org/api/ "), "http", "internal", 8080))
                .isEqualTo("https://koppel.example.org/api");
    }

    @Test
    void withoutOneItIsTheContextRootOnThePagesHost() {
        assertThat(ApiAddress.of(Optional.empty(), "http", "localhost", 8080)).isEqualTo("http://localhost:8080/api");
        assertThat(ApiAddress.of(Optional.of(""), "https", "koppel.example.org", 443))
                .isEqualTo("https://koppel.example.org/api");
    }

    @Test
    void theFirstCallListsTheTeamsWithTheKey() {
        assertThat(ApiAddress.curl("http://localhost:8080/api", "kop_abc"))
                .isEqualTo("curl -H \"Authorization: Token kop_abc\" http://localhost:8080/api/v1/teams");
        assertThat(ApiAddress.docs("http://localhost:8080/api")).isEqualTo("http://localhost:8080/api/docs/");
    }
}
