package koppel.it.scale;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import koppel.it.Http;
import org.junit.jupiter.api.Test;

/**
 * The topology starts both nodes at once on an empty database (scale/test.sh): both migrate it
 * under Flyway's lock, one of them doing the work, and both come up ready at the newest version.
 */
class CrossNodeStartIT {

    @Test
    void bothNodesStartedTogetherOnAnEmptyDatabaseAndAreReadyAtTheSameVersion() {
        List<String> versions = Nodes.health().stream()
                .map(health -> Http.get(health + "/ready"))
                .map(answer -> {
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                    return Http.json(answer);
                })
                .map(CrossNodeStartIT::schemaVersion)
                .toList();

        assertThat(versions).hasSize(2).doesNotContainNull();
        assertThat(versions.get(0)).isEqualTo(versions.get(1));
    }

    private static String schemaVersion(JsonObject health) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("database"))
                .map(check -> check.getJsonObject("data").getString("schemaVersion"))
                .findFirst()
                .orElse(null);
    }
}
