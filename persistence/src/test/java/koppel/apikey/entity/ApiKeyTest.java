package koppel.apikey.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import koppel.user.entity.Role;
import koppel.user.entity.User;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final User OWNER = new User("sync", null, "hash", Set.of(Role.INTEGRATION));

    @Test
    void acceptsItsOwnSecretOnly() {
        KeySecret secret = KeySecret.generate();
        ApiKey key = new ApiKey(OWNER, secret, Grant.of("CRM", Set.of(), Map.of()));

        assertThat(key.accepts(secret, NOW)).isTrue();
        assertThat(key.accepts(KeySecret.generate(), NOW)).isFalse();
        assertThat(key.getPrefix()).isEqualTo(secret.prefix());
    }

    @Test
    void anExpiredKeyAcceptsNothing() {
        KeySecret secret = KeySecret.generate();
        ApiKey key = new ApiKey(OWNER, secret, new Grant("CRM", null, Set.of(), Map.of(), NOW, null, null));

        assertThat(key.accepts(secret, NOW.minusSeconds(1))).isTrue();
        assertThat(key.accepts(secret, NOW)).isFalse();
    }

    @Test
    void afterARollTheOldSecretWorksUntilTheGraceEnds() {
        KeySecret old = KeySecret.generate();
        KeySecret rolled = KeySecret.generate();
        ApiKey key = new ApiKey(OWNER, old, Grant.of("CRM", Set.of(), Map.of()));

        key.roll(rolled, NOW.plusSeconds(60), NOW);

        assertThat(key.accepts(rolled, NOW)).isTrue();
        assertThat(key.accepts(old, NOW.plusSeconds(59))).isTrue();
        assertThat(key.accepts(old, NOW.plusSeconds(60))).isFalse();
        assertThat(key.getPreviousPrefix()).contains(old.prefix());
    }

    @Test
    void aRollWithoutGraceEndsTheOldSecretAtOnce() {
        KeySecret old = KeySecret.generate();
        KeySecret rolled = KeySecret.generate();
        ApiKey key = new ApiKey(OWNER, old, Grant.of("CRM", Set.of(), Map.of()));

        key.roll(rolled, NOW, NOW);

        assertThat(key.accepts(old, NOW)).isFalse();
        assertThat(key.getPreviousPrefix()).isEmpty();
    }

    @Test
    void writeImpliesReadAndNoneIsNotStored() {
        ApiKey key = new ApiKey(
                OWNER,
                KeySecret.generate(),
                Grant.of(
                        "CRM",
                        Set.of(UUID.randomUUID()),
                        Map.of(ResourceType.CLIENTS, Access.WRITE, ResourceType.ORDERS, Access.NONE)));

        assertThat(key.accessTo(ResourceType.CLIENTS).allows(Access.READ)).isTrue();
        assertThat(key.accessTo(ResourceType.PRODUCTS)).isEqualTo(Access.NONE);
        assertThat(key.getPermissions()).containsOnlyKeys(ResourceType.CLIENTS, ResourceType.TEAMS);
    }

    @Test
    void everyKeyReadsItsTeamsAndTeamsWriteStays() {
        Grant none = Grant.of("CRM", Set.of(), Map.of(ResourceType.TEAMS, Access.NONE));
        Grant nothing = Grant.of("CRM", Set.of(), Map.of());
        Grant write = Grant.of("CRM", Set.of(), Map.of(ResourceType.TEAMS, Access.WRITE));

        assertThat(none.permissions()).containsEntry(ResourceType.TEAMS, Access.READ);
        assertThat(nothing.permissions()).containsEntry(ResourceType.TEAMS, Access.READ);
        assertThat(write.permissions()).containsEntry(ResourceType.TEAMS, Access.WRITE);
    }

    @Test
    void ownRatesOverrideTheDefaults() {
        ApiKey key =
                new ApiKey(OWNER, KeySecret.generate(), new Grant("CRM", null, Set.of(), Map.of(), null, 50L, null));

        assertThat(key.rateLimits(new RateLimits(5, 1000))).isEqualTo(new RateLimits(50, 1000));
    }

    @Test
    void aGrantKeepsTheNameAndDescriptionStripped() {
        Grant grant = new Grant(" CRM ", "  ", Set.of(), Map.of(), null, null, null);
        assertThat(grant.name()).isEqualTo("CRM");
        assertThat(grant.description()).isNull();
    }

    @Test
    void ratesAtTheLimitsAreKeptAsGiven() {
        ApiKey key = new ApiKey(
                OWNER,
                KeySecret.generate(),
                new Grant("CRM", null, Set.of(), Map.of(), null, 1_000_000L, 100_000_000L));
        assertThat(key.getRatePerSecond()).contains(1_000_000);
        assertThat(key.getRatePerDay()).contains(100_000_000);
        assertThat(new Grant("CRM", null, Set.of(), Map.of(), null, 1L, 1L).ratePerSecond())
                .isEqualTo(1L);
    }
}
