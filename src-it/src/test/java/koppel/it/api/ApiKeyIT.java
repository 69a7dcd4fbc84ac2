package koppel.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import koppel.it.Deployments;
import koppel.it.api.Api.Reply;
import koppel.it.api.Fixtures.Key;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Keys at the API's door: who gets in, with which bodies and headers, and when a key stops working. */
@ExtendWith(ArquillianExtension.class)
class ApiKeyIT {

    private static final Map<String, String> READ_CLIENTS = Map.of("clients", "read");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.koppelWithFixtures();
    }

    @Test
    void withoutCredentialsTheAnswerIs401WithTheChallenge() {
        Reply reply = Api.anonymous().get("/teams/" + Fixtures.team() + "/clients");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.detail()).isEqualTo("Authentication credentials were not provided.");
        assertThat(reply.header("WWW-Authenticate")).contains("Token");
    }

    @Test
    void anUnknownOrMalformedKeyIsAnInvalidToken() {
        String team = Fixtures.team();
        Key real = Fixtures.key(List.of(team), READ_CLIENTS);
        String forged = real.secret().substring(0, real.secret().length() - 4) + "AAAA";

        for (String key : List.of(forged, "kop_tooShort", "nonsense", "kop_" + "x".repeat(32), "' OR 1=1 --")) {
            Reply reply = Api.withKey(key).get("/teams/" + team + "/clients");
            assertThat(reply.status()).as(key).isEqualTo(401);
            assertThat(reply.detail()).isEqualTo("Invalid token.");
        }
    }

    @Test
    void expandShowsOnlyWhatTheKeyMayReadItself() {
        String team = Fixtures.team();
        String client = Fixtures.clients(team, 1).get(0);
        Key orders = Fixtures.key(List.of(team), Map.of("orders", "write"));
        Key ordersAndClients = Fixtures.key(List.of(team), Map.of("orders", "write", "clients", "read"));
        Reply order = orders.api()
                .post(
                        "/teams/" + team + "/orders",
                        Json.createObjectBuilder().add("client", client).build());
        assertThat(order.status()).isEqualTo(201);
        String path = "/teams/" + team + "/orders/" + order.json().getString("id") + "?expand=client";

        Reply refused = orders.api().get(path);
        Reply listed = orders.api().get("/teams/" + team + "/orders?expand=client");
        Reply shown = ordersAndClients.api().get(path);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.detail()).isEqualTo("You do not have permission to perform this action.");
        assertThat(refused.toString()).doesNotContain("first_name");
        assertThat(listed.status()).isEqualTo(403);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().getJsonObject("client").getString("id")).isEqualTo(client);
        assertThat(orders.api().get(path.replace("?expand=client", "")).json().getString("client"))
                .isEqualTo(client);
    }

    @Test
    void bearerWorksAsWellAsToken() {
        Key key = Fixtures.key(List.of(Fixtures.team()), READ_CLIENTS);

        Reply reply = Api.anonymous()
                .send(
                        "GET",
                        "/teams/" + key.team() + "/clients",
                        null,
                        null,
                        "Authorization",
                        "Bearer " + key.secret());
        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void aKeyInTheQueryStringIsNotLookedAt() {
        Key key = Fixtures.key(List.of(Fixtures.team()), READ_CLIENTS);

        Reply reply = Api.anonymous().get("/teams/" + key.team() + "/clients?token=" + key.secret());
        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void aDeletedKeyFailsOnItsVeryNextRequest() {
        Key key = Fixtures.key(List.of(Fixtures.team()), READ_CLIENTS);
        assertThat(key.api().get("/teams/" + key.team() + "/clients").status()).isEqualTo(200);

        Fixtures.delete(key);

        Reply reply = key.api().get("/teams/" + key.team() + "/clients");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.detail()).isEqualTo("Invalid token.");
    }

    @Test
    void anExpiredKeyIsAnInvalidToken() {
        Key key = Fixtures.keyExpiringAt(
                List.of(Fixtures.team()), READ_CLIENTS, Instant.now().minusSeconds(1));

        assertThat(key.api().get("/teams/" + key.team() + "/clients").status()).isEqualTo(401);
    }

    @Test
    void aRolledKeyKeepsTheOldSecretWorkingForTheGracePeriodOnly() {
        Key original = Fixtures.key(List.of(Fixtures.team()), READ_CLIENTS);
        String path = "/teams/" + original.team() + "/clients";

        Key graced = Fixtures.roll(original, Duration.ofHours(1));
        assertThat(graced.secret()).isNotEqualTo(original.secret());
        assertThat(graced.api().get(path).status()).isEqualTo(200);
        assertThat(original.api().get(path).status()).isEqualTo(200);

        Key rolledAgain = Fixtures.roll(graced, Duration.ZERO);
        assertThat(rolledAgain.api().get(path).status()).isEqualTo(200);
        assertThat(graced.api().get(path).status()).isEqualTo(401);
        assertThat(original.api().get(path).status()).isEqualTo(401);
    }

    @Test
    void withoutThePermissionOrTheTeamTheAnswerIs403() {
        String team = Fixtures.team();
        String otherTeam = Fixtures.team();
        Key readOnly = Fixtures.key(List.of(team), READ_CLIENTS);
        Key noClients = Fixtures.key(List.of(team), Map.of("products", "write"));

        List<Reply> refused = List.of(
                readOnly.api().post("/teams/" + team + "/clients", client("Ada", "Lovelace")),
                noClients.api().get("/teams/" + team + "/clients"),
                readOnly.api().get("/teams/" + otherTeam + "/clients"),
                readOnly.api().get("/teams/" + otherTeam));
        for (Reply reply : refused) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.detail()).isEqualTo("You do not have permission to perform this action.");
        }
    }

    @Test
    void aClientOfAnotherTeamIsA403NeverData() {
        String mine = Fixtures.team();
        String theirs = Fixtures.team();
        Key key = Fixtures.key(List.of(mine), Map.of("clients", "write"));
        String theirClient = Fixtures.clients(theirs, 1).get(0);

        Reply read = key.api().get("/teams/" + mine + "/clients/" + theirClient);
        Reply overwrite = key.api().put("/teams/" + mine + "/clients/" + theirClient, client("Eve", "Intruder"));
        Reply delete = key.api().delete("/teams/" + mine + "/clients/" + theirClient);

        for (Reply reply : List.of(read, overwrite, delete)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.response().body()).doesNotContain("First 0");
        }
        Key theirKey = Fixtures.key(List.of(theirs), READ_CLIENTS);
        Reply untouched = theirKey.api().get("/teams/" + theirs + "/clients/" + theirClient);
        assertThat(untouched.json().getString("first_name")).isEqualTo("First 0");
    }

    @Test
    void changingAKeyTakesEffectOnItsNextRequest() {
        String team = Fixtures.team();
        Key key = Fixtures.key(List.of(team), READ_CLIENTS);
        assertThat(key.api().get("/teams/" + team + "/clients").status()).isEqualTo(200);

        Fixtures.change(key, List.of(team), Map.of());

        assertThat(key.api().get("/teams/" + team + "/clients").status()).isEqualTo(403);
    }

    @Test
    void everyKeySeesItsOwnTeamsOnly() {
        String team = Fixtures.team();
        Fixtures.team();
        Key key = Fixtures.key(List.of(team), Map.of());

        Reply teams = key.api().get("/teams");
        assertThat(teams.status()).isEqualTo(200);
        assertThat(teams.json().getInt("count")).isEqualTo(1);
        assertThat(teams.results().getJsonObject(0).getString("id")).isEqualTo(team);
    }

    @Test
    void authenticatedAnswersCarryRateLimitHeaders() {
        Key key = Fixtures.key(List.of(Fixtures.team()), READ_CLIENTS);

        Reply reply = key.api().get("/teams/" + key.team() + "/clients");

        assertThat(reply.header("RateLimit-Limit")).contains("5");
        assertThat(reply.header("RateLimit-Remaining"))
                .hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isBetween(0, 4));
        assertThat(reply.header("RateLimit-Reset")).isPresent();
    }

    @Test
    void overTheLimitTheAnswerIs429UntilRetryAfterHasPassed() throws InterruptedException {
        Key key = Fixtures.key(List.of(Fixtures.team()), READ_CLIENTS);
        String path = "/teams/" + key.team() + "/clients";

        Reply throttled = null;
        for (int i = 0; i < 20 && throttled == null; i++) {
            Reply reply = key.api().get(path);
            if (reply.status() == 429) {
                throttled = reply;
            }
        }
        assertThat(throttled).as("a 429 within 20 quick requests at 5/second").isNotNull();
        long wait = Long.parseLong(throttled.header("Retry-After").orElseThrow());
        assertThat(wait).isBetween(1L, 2L);
        assertThat(throttled.detail()).isEqualTo("Request was throttled. Expected available in " + wait + " seconds.");

        TimeUnit.SECONDS.sleep(wait); // the contract: wait as long as Retry-After says, then go on
        assertThat(key.api().get(path).status()).isEqualTo(200);
    }

    static jakarta.json.JsonObject client(String first, String last) {
        return Json.createObjectBuilder()
                .add("first_name", first)
                .add("last_name", last)
                .build();
    }
}
