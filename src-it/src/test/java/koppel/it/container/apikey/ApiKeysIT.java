package koppel.it.container.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import koppel.apikey.boundary.Admission;
import koppel.apikey.boundary.Admissions;
import koppel.apikey.boundary.ApiKeys;
import koppel.apikey.boundary.IssuedKey;
import koppel.apikey.boundary.KeyCache;
import koppel.apikey.entity.Access;
import koppel.apikey.entity.ApiKey;
import koppel.apikey.entity.ResourceType;
import koppel.common.BusinessException;
import koppel.common.InvalidFieldsException;
import koppel.common.NameTakenException;
import koppel.common.PreconditionFailedException;
import koppel.it.Deployments;
import koppel.it.container.Given;
import koppel.it.container.Rows;
import koppel.user.boundary.Users;
import koppel.user.entity.Role;
import koppel.user.entity.User;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ApiKeys facade and the admission of keys inside the server: a rolled key's old secret works
 * for the grace period and then not, and a key that was changed or deleted, or whose owner was
 * disabled, is read again at its next request instead of being served from the key cache.
 */
@ExtendWith(ArquillianExtension.class)
class ApiKeysIT {

    private static final String IP = "127.0.0.1";

    @EJB
    private ApiKeys keys;

    @EJB
    private Users users;

    @EJB
    private Rows rows;

    @Inject
    private Admissions admissions;

    @Inject
    private KeyCache cache;

    @Inject
    private Given given;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.koppelTesting(ApiKeysIT.class);
    }

    @Test
    void afterARollTheOldSecretWorksForTheGracePeriodThenNot() {
        IssuedKey issued = given.key(Set.of(given.team()), Access.READ, ResourceType.CLIENTS);
        UUID id = issued.key().getId();
        admitted(issued);

        Instant before = Instant.now();
        IssuedKey rolled = keys.roll(id, Duration.ofHours(1));
        Instant after = Instant.now();

        assertTrue(admitted(issued).isPresent(), "old secret within the grace period");
        assertTrue(admitted(rolled).isPresent(), "new secret");
        Instant graceEnds = keys.find(id).orElseThrow().getPreviousValidUntil().orElseThrow();
        assertFalse(graceEnds.isBefore(before.plus(Duration.ofHours(1))));
        assertFalse(graceEnds.isAfter(after.plus(Duration.ofHours(1))));

        rows.endGrace(id, Instant.now().minusSeconds(1));
        cache.evict(id);
        assertFalse(admitted(issued).isPresent(), "old secret after the grace period");
        assertTrue(admitted(rolled).isPresent(), "new secret after the grace period");
    }

    @Test
    void aRollWithoutGraceEndsTheOldSecretAtOnce() {
        IssuedKey issued = given.key(Set.of(given.team()), Access.READ, ResourceType.CLIENTS);
        admitted(issued);

        IssuedKey rolled = keys.roll(issued.key().getId(), Duration.ZERO);

        assertFalse(admitted(issued).isPresent());
        assertTrue(admitted(rolled).isPresent());
    }

    @Test
    void theGracePeriodIsZeroToThirtyDays() {
        UUID id = given.key(Set.of(given.team()), Access.READ, ResourceType.CLIENTS)
                .key()
                .getId();

        for (Duration grace : new Duration[] {Duration.ofSeconds(-1), ApiKeys.MAX_GRACE.plusSeconds(1)}) {
            BusinessException refused = assertThrows(BusinessException.class, () -> keys.roll(id, grace));
            assertEquals("grace", refused.getField());
        }
        keys.roll(id, ApiKeys.MAX_GRACE);
    }

    @Test
    void aChangedKeyIsReadAgainNotServedFromTheCache() {
        UUID first = given.team();
        UUID second = given.team();
        IssuedKey issued = given.key(Set.of(first), Access.READ, ResourceType.CLIENTS);
        assertEquals(Set.of(first), admitted(issued).orElseThrow().caller().teams());

        keys.change(
                issued.key().getId(),
                Given.grant(issued.key().getName(), Set.of(second), Access.WRITE, ResourceType.CLIENTS));

        Admission admission = admitted(issued).orElseThrow();
        assertEquals(Set.of(second), admission.caller().teams());
        assertTrue(admission.caller().may(ResourceType.CLIENTS, Access.WRITE));
    }

    @Test
    void aDeletedKeyIsRefusedAtItsNextRequest() {
        IssuedKey issued = given.key(Set.of(given.team()), Access.READ, ResourceType.CLIENTS);
        assertTrue(admitted(issued).isPresent());

        keys.delete(issued.key().getId());

        assertFalse(admitted(issued).isPresent());
    }

    @Test
    void theKeyOfADisabledOwnerIsRefusedUntilTheOwnerIsEnabledAgain() {
        IssuedKey issued = given.key(Set.of(given.team()), Access.READ, ResourceType.CLIENTS);
        UUID owner = issued.key().getUser().getId();
        User admin = given.user(Role.ADMIN);
        assertTrue(admitted(issued).isPresent());

        users.disable(owner, admin.getUsername());
        assertFalse(admitted(issued).isPresent());

        users.enable(owner);
        assertTrue(admitted(issued).isPresent());
    }

    @Test
    void keyNamesAreUniquePerUserCaseAndSpaceAside() {
        UUID team = given.team();
        IssuedKey issued = given.key(Set.of(team), Access.READ, ResourceType.CLIENTS);
        UUID owner = issued.key().getUser().getId();
        String twin = " " + issued.key().getName().toUpperCase() + " ";

        assertThrows(
                NameTakenException.class,
                () -> keys.create(owner, Given.grant(twin, Set.of(team), Access.READ, ResourceType.CLIENTS)));
        keys.create(
                given.user(Role.INTEGRATION).getId(),
                Given.grant(issued.key().getName(), Set.of(team), Access.READ, ResourceType.CLIENTS));
    }

    @Test
    void aKeyIsGrantedOnlyTeamsThatExist() {
        UUID owner = given.user(Role.INTEGRATION).getId();

        InvalidFieldsException refused = assertThrows(
                InvalidFieldsException.class,
                () -> keys.create(
                        owner,
                        Given.grant(
                                Given.unique("key"), Set.of(UUID.randomUUID()), Access.READ, ResourceType.CLIENTS)));
        assertEquals(Set.of("teams"), refused.getErrors().keySet());
    }

    @Test
    void aChangeBasedOnAStaleCopyIsRefused() {
        UUID team = given.team();
        ApiKey key = given.key(Set.of(team), Access.READ, ResourceType.CLIENTS).key();
        var grant = Given.grant(key.getName(), Set.of(team), Access.WRITE, ResourceType.CLIENTS);

        assertThrows(
                PreconditionFailedException.class,
                () -> keys.change(key.getId(), grant, null, null, key.getVersion() + 1));
        assertThrows(
                InvalidFieldsException.class,
                () -> keys.change(key.getId(), grant, UUID.randomUUID(), null, key.getVersion()));

        keys.change(key.getId(), grant, null, null, key.getVersion());
        assertEquals(Access.WRITE, keys.find(key.getId()).orElseThrow().accessTo(ResourceType.CLIENTS));
    }

    @Test
    void aTeamAKeyCreatesIsGrantedToIt() {
        IssuedKey issued = given.key(Set.of(given.team()), Access.WRITE, ResourceType.TEAMS);

        UUID team = keys.createTeam(issued.key().getId(), Given.unique("Team")).getId();

        assertTrue(keys.find(issued.key().getId()).orElseThrow().getTeams().contains(team));
        assertTrue(admitted(issued).orElseThrow().caller().actsOn(team));
    }

    private Optional<Admission> admitted(IssuedKey key) {
        return admissions.admit(key.secret().value(), IP);
    }
}
