package koppel.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import koppel.it.Deployments;
import koppel.it.Http;
import koppel.it.Settings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The deployed EAR reports itself healthy, with the schema migrated to the newest version. */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void readinessIsUpWithDatabaseAndBroker() {
        HttpResponse<String> response = Http.get(Settings.require("koppel.it.health-url") + "/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = Http.json(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        Map<String, JsonObject> checks = checksByName(health);
        assertThat(checks).containsKeys("database", "messaging", "web");
        assertThat(checks.get("web").getString("status")).isEqualTo("UP");
        assertThat(checks.get("database").getString("status")).isEqualTo("UP");
        assertThat(checks.get("messaging").getString("status")).isEqualTo("UP");
    }

    @Test
    void flywayMigratedToTheNewestMigration() throws IOException {
        JsonObject health = Http.json(Http.get(Settings.require("koppel.it.health-url") + "/ready"));

        String schemaVersion =
                checksByName(health).get("database").getJsonObject("data").getString("schemaVersion");
        assertThat(schemaVersion).isEqualTo(String.valueOf(newestMigration()));
    }

    @Test
    void livenessIsUp() {
        HttpResponse<String> response = Http.get(Settings.require("koppel.it.health-url") + "/live");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.json(response).getString("status")).isEqualTo("UP");
    }

    @Test
    void apiRootAnswersWithoutKey() {
        HttpResponse<String> response = Http.get(Settings.baseUrl() + "/api/v1/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.json(response).getString("teams")).endsWith("/api/v1/teams");
    }

    @Test
    void openApiDocumentIsServed() {
        HttpResponse<String> response = Http.get(Settings.baseUrl() + "/openapi");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("openapi: 3.").contains("title: Koppel API");
    }

    private static Map<String, JsonObject> checksByName(JsonObject health) {
        return health.getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(check -> check.getString("name"), check -> check));
    }

    private static int newestMigration() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(Settings.require("koppel.it.migrations")))) {
            return files.map(file -> MIGRATION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(matcher -> Integer.parseInt(matcher.group(1)))
                    .max()
                    .orElseThrow();
        }
    }
}
