package koppel.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** Migrations that change data, run on a real (in-memory) H2 from the version before them. */
class MigrationsTest {

    @Test
    void genericHttpLinksBecomeGenericTicketingApiLinksWithTheirSettings() throws SQLException {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        migrate(url, "16");
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                Statement sql = db.createStatement()) {
            sql.execute(link(
                    "with-user", "{\"base_url\":\"https://a.example\",\"password\":\"sealed\",\"username\":\"ops\"}"));
            sql.execute(link("without-user", "{\"base_url\":\"https://b.example\"}"));
        }

        migrate(url, "17");

        Map<String, String> links = new HashMap<>();
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("SELECT name, provider, configuration FROM ticketing_links")) {
            while (rows.next()) {
                links.put(rows.getString(1), rows.getString(2) + " " + rows.getString(3));
            }
        }
        assertThat(links)
                .containsEntry(
                        "with-user",
                        "generic {\"auth\":\"basic\",\"base_url\":\"https://a.example\",\"password\":\"sealed\",\"username\":\"ops\"}")
                .containsEntry("without-user", "generic {\"auth\":\"none\",\"base_url\":\"https://b.example\"}");
    }

    private static void migrate(String url, String version) {
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .target(version)
                .load()
                .migrate();
    }

    private static String link(String name, String configuration) {
        return "INSERT INTO ticketing_links (id, name, name_key, provider, configuration, created, last_modified, version)"
                + " VALUES (RANDOM_UUID(), '" + name + "', '" + name + "', 'generic-http', '" + configuration
                + "', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)";
    }
}
