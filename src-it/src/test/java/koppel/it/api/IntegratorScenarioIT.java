package koppel.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import koppel.it.Deployments;
import koppel.it.api.Api.Reply;
import koppel.it.api.Fixtures.Key;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a CRM integration does on its first day: page through the clients, upsert its own, sync
 * what changed, and run into the throttle and recover from it, all with one key.
 */
@ExtendWith(ArquillianExtension.class)
class IntegratorScenarioIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void aCrmIntegrationSyncsClients() throws InterruptedException {
        String team = Fixtures.team();
        Fixtures.clients(team, 250);
        Key key = Fixtures.key(List.of(team), Map.of("clients", "write"));
        Api api = key.api();
        String clients = "/teams/" + team + "/clients";

        // 1. Page through all 250, following "next" (3 pages at the default 100).
        Set<String> seen = new HashSet<>();
        String next = Api.url(clients);
        int pages = 0;
        while (next != null) {
            Reply page = politely(api, next);
            assertThat(page.json().getInt("count")).isEqualTo(250);
            page.results().getValuesAs(JsonObject.class).forEach(c -> seen.add(c.getString("id")));
            next = page.isNull("next") ? null : page.json().getString("next");
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(250);

        // 2. Upsert 50 of its own by UUID, with its own reference.
        List<String> own = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String id = UUID.randomUUID().toString();
            JsonObject client = Json.createObjectBuilder()
                    .add("first_name", "Crm")
                    .add("last_name", "Client " + i)
                    .add("external_reference", "CRM-" + i)
                    .build();
            assertThat(politely(api, "PUT", clients + "/" + id, client).status())
                    .isEqualTo(201);
            own.add(id);
        }
        Reply mark = politely(api, clients + "/" + own.get(49));
        String since = mark.json().getString("last_modified");

        // 3. Change three of them, and sync only those.
        for (int i = 0; i < 3; i++) {
            JsonObject changed = Json.createObjectBuilder()
                    .add("first_name", "Crm")
                    .add("last_name", "Changed " + i)
                    .add("external_reference", "CRM-" + i)
                    .build();
            assertThat(politely(api, "PUT", clients + "/" + own.get(i), changed).status())
                    .isEqualTo(200);
        }
        Reply changes = politely(api, clients + "?last_modified__gt=" + since);
        assertThat(changes.results().getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("external_reference"))
                .containsExactlyInAnyOrder("CRM-0", "CRM-1", "CRM-2");
        assertThat(politely(api, clients + "?external_reference=CRM-7").results())
                .hasSize(1);
        assertThat(politely(api, clients).json().getInt("count")).isEqualTo(300);

        // 4. A burst runs into the 5/second limit; after Retry-After the key works again.
        Reply throttled = null;
        for (int i = 0; i < 30 && throttled == null; i++) {
            Reply reply = api.get(clients + "?limit=1");
            throttled = reply.status() == 429 ? reply : null;
        }
        assertThat(throttled).isNotNull();
        TimeUnit.SECONDS.sleep(Long.parseLong(throttled.header("Retry-After").orElseThrow()));
        assertThat(api.get(clients + "?limit=1").status()).isEqualTo(200);
    }

    private static Reply politely(Api api, String url) throws InterruptedException {
        return politely(api, "GET", url, null);
    }

    /** As a well-behaved integration does: on 429, waits as long as Retry-After says and tries again. */
    private static Reply politely(Api api, String method, String url, JsonObject body) throws InterruptedException {
        for (int attempt = 0; attempt < 20; attempt++) {
            Reply reply = api.send(method, url, body == null ? null : body.toString(), "application/json");
            if (reply.status() != 429) {
                assertThat(reply.status()).as(reply.toString()).isLessThan(300);
                return reply;
            }
            TimeUnit.SECONDS.sleep(Long.parseLong(reply.header("Retry-After").orElseThrow()));
        }
        throw new AssertionError("Still throttled after 20 tries: " + method + " " + url);
    }
}
