package koppel.external;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigFieldTest {

    @Test
    void aUrlFieldTakesOnlyAbsoluteHttpAddresses() {
        ConfigField url = ConfigField.url("base_url", "Base URL");

        assertThat(url.problemWith("https://tickets.example.com/api")).isEmpty();
        assertThat(url.problemWith("http://10.0.0.5:8080")).isEmpty();
        assertThat(url.problemWith("ftp://tickets.example.com")).contains(ConfigField.Problem.NOT_A_URL);
        assertThat(url.problemWith("javascript:alert(1)")).contains(ConfigField.Problem.NOT_A_URL);
        assertThat(url.problemWith("not a url")).contains(ConfigField.Problem.NOT_A_URL);
        assertThat(url.problemWith("  ")).contains(ConfigField.Problem.REQUIRED);
    }

    @Test
    void optionalFieldsMayBeBlankButNotTooLong() {
        ConfigField secret = ConfigField.secret("password", "Password", false);

        assertThat(secret.problemWith(null)).isEmpty();
        assertThat(secret.problemWith("x".repeat(500))).isEmpty();
        assertThat(secret.problemWith("x".repeat(501))).contains(ConfigField.Problem.TOO_LONG);
        assertThat(secret.isSecret()).isTrue();
    }

    @Test
    void aUrlHasAtMost2000Characters() {
        ConfigField url = ConfigField.url("base_url", "Base URL");
        String start = "https://tickets.example.com/";

        assertThat(url.problemWith(start + "a".repeat(2000 - start.length()))).isEmpty();
        assertThat(url.problemWith(start + "a".repeat(2001 - start.length()))).contains(ConfigField.Problem.TOO_LONG);
    }

    @Test
    void aChoiceTakesOneOfItsOptionsAndDefaultsToTheFirst() {
        ConfigField auth = ConfigField.choice("auth", "Authentication", java.util.List.of("none", "basic"));

        assertThat(auth.problemWith("basic")).isEmpty();
        assertThat(auth.problemWith("digest")).contains(ConfigField.Problem.NOT_AN_OPTION);
        assertThat(auth.problemWith("")).isEmpty();
        assertThat(auth.valueIn(java.util.Map.of())).isEqualTo("none");
        assertThat(auth.valueIn(java.util.Map.of("auth", "basic"))).isEqualTo("basic");
    }

    @Test
    void aTimeZoneIsARegionOrUtc() {
        ConfigField zone = ConfigField.timeZone("time_zone", "Time zone", "Europe/Brussels");

        assertThat(zone.problemWith("America/New_York")).isEmpty();
        assertThat(zone.problemWith("UTC")).isEmpty();
        assertThat(zone.problemWith("+02:00")).contains(ConfigField.Problem.NOT_A_TIME_ZONE);
        assertThat(zone.problemWith("Mars/Olympus")).contains(ConfigField.Problem.NOT_A_TIME_ZONE);
        assertThat(zone.valueIn(java.util.Map.of("time_zone", " "))).isEqualTo("Europe/Brussels");
    }
}
