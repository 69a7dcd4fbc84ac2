package koppel.it.container.ticketing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import koppel.apikey.boundary.ApiKeys;
import koppel.apikey.entity.Access;
import koppel.apikey.entity.ResourceType;
import koppel.common.InvalidFieldsException;
import koppel.common.NameTakenException;
import koppel.external.ConfigField;
import koppel.external.InvalidConfigurationException;
import koppel.it.Deployments;
import koppel.it.container.Given;
import koppel.ticketing.boundary.Runs;
import koppel.ticketing.boundary.TicketingLinks;
import koppel.ticketing.entity.TicketingRun;
import koppel.ticketing.provider.GenericTicketing;
import koppel.ticketing.provider.Ticketmatic;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The TicketingLinks facade inside the server: link names are unique, a secret is stored encrypted
 * and never shown, a secret left blank keeps the stored one while the provider stays the same,
 * fields required by another's choice are asked for, internal addresses are refused, a team is
 * served by one link at most, and a deleted link's keys act for none.
 */
@ExtendWith(ArquillianExtension.class)
class TicketingLinksIT {

    private static final String GENERIC = GenericTicketing.ID;
    /** An address of the documentation range: not internal, and no DNS needed. */
    private static final String URL = "https://203.0.113.10";

    @EJB
    private TicketingLinks links;

    @EJB
    private ApiKeys keys;

    @EJB
    private Runs runs;

    @Inject
    private Given given;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.koppelTesting(TicketingLinksIT.class);
    }

    @Test
    void aSecretLeftBlankKeepsTheStoredOne() {
        UUID link = link();
        links.configure(
                link, GENERIC, Map.of("base_url", URL, "auth", "basic", "username", "ops", "password", "s3cret"));
        String stored = links.get(link).getConfiguration().get("password");
        assertNotEquals("s3cret", stored, "stored encrypted");

        links.configure(
                link, GENERIC, Map.of("base_url", URL + "/v2", "auth", "basic", "username", "ops", "password", " "));

        assertEquals(stored, links.get(link).getConfiguration().get("password"));
        assertEquals(URL + "/v2", links.get(link).getConfiguration().get("base_url"));
    }

    @Test
    void aNewSecretReplacesTheStoredOne() {
        UUID link = link();
        links.configure(
                link, GENERIC, Map.of("base_url", URL, "auth", "basic", "username", "ops", "password", "first"));
        String first = links.get(link).getConfiguration().get("password");

        links.configure(
                link, GENERIC, Map.of("base_url", URL, "auth", "basic", "username", "ops", "password", "second"));

        assertNotEquals(first, links.get(link).getConfiguration().get("password"));
    }

    @Test
    void aSecretIsNotKeptAcrossABlankType() {
        UUID link = link();
        links.configure(link, GENERIC, Map.of("base_url", URL, "password", "s3cret"));

        links.configure(link, null, Map.of());
        assertEquals(Map.of(), links.get(link).getConfiguration());
        links.configure(link, GENERIC, Map.of("base_url", URL));

        assertFalse(links.get(link).getConfiguration().containsKey("password"));
    }

    @Test
    void secretsAreNeverShown() {
        UUID link = link();
        links.configure(
                link, GENERIC, Map.of("base_url", URL, "auth", "basic", "username", "ops", "password", "s3cret"));

        assertEquals(Map.of("base_url", URL, "auth", "basic", "username", "ops"), links.visibleConfiguration(link));
    }

    @Test
    void aConfigurationIsCheckedFieldByField() {
        UUID link = link();

        InvalidConfigurationException refused = assertThrows(
                InvalidConfigurationException.class,
                () -> links.configure(link, GENERIC, Map.of("base_url", "ftp://tickets", "password", "")));
        assertEquals(Map.of("base_url", ConfigField.Problem.NOT_A_URL), refused.getProblems());
        InvalidFieldsException unknown =
                assertThrows(InvalidFieldsException.class, () -> links.configure(link, "carrier-pigeon", Map.of()));
        assertEquals(Set.of("provider"), unknown.getErrors().keySet());
        assertEquals(Optional.empty(), links.get(link).getProvider());
    }

    @Test
    void basicAuthenticationNeedsAUsernameAndOAuthAClient() {
        UUID link = link();

        InvalidConfigurationException basic = assertThrows(
                InvalidConfigurationException.class,
                () -> links.configure(link, GENERIC, Map.of("base_url", URL, "auth", "basic")));
        InvalidConfigurationException oauth = assertThrows(
                InvalidConfigurationException.class,
                () -> links.configure(link, GENERIC, Map.of("base_url", URL, "auth", "oauth2", "client_id", "koppel")));

        assertEquals(Set.of("username", "password"), basic.getProblems().keySet());
        assertEquals(Set.of("token_url", "client_secret"), oauth.getProblems().keySet());
    }

    @Test
    void internalAddressesAreRefusedAsForWebhooks() {
        UUID link = link();

        InvalidConfigurationException refused = assertThrows(
                InvalidConfigurationException.class,
                () -> links.configure(link, GENERIC, Map.of("base_url", "http://169.254.169.254/latest")));
        InvalidConfigurationException host = assertThrows(
                InvalidConfigurationException.class,
                () -> links.configure(
                        link,
                        Ticketmatic.ID,
                        Map.of("account", "a", "access_key", "k", "secret_key", "s", "host", "http://127.0.0.1:8080")));

        assertEquals(Map.of("base_url", ConfigField.Problem.NOT_ALLOWED), refused.getProblems());
        assertEquals(Map.of("host", ConfigField.Problem.NOT_ALLOWED), host.getProblems());
        assertEquals(Optional.empty(), links.get(link).getProvider());
    }

    @Test
    void aTeamIsServedByOneLinkAtMost() {
        UUID team = given.team();
        UUID first = link();
        UUID second = link();
        links.serve(first, Set.of(team));

        assertThrows(InvalidFieldsException.class, () -> links.serve(second, Set.of(team)));
        assertThrows(InvalidFieldsException.class, () -> links.serve(second, Set.of(UUID.randomUUID())));
        assertFalse(links.servable(second).stream()
                .anyMatch(served -> served.getId().equals(team)));

        links.serve(first, Set.of());
        links.serve(second, Set.of(team));
        assertEquals(Set.of(team), links.get(second).getTeams());
    }

    @Test
    void runsArePurgedAfterTheRetentionPeriod() {
        UUID link = link();
        Instant now = Instant.now();
        runs.record(new TicketingRun(link, TicketingRun.Kind.PULL, "schedule", now.minus(Duration.ofDays(31)), null)
                .end(TicketingRun.Outcome.OK, 0, 0, 0, null));
        runs.record(new TicketingRun(link, TicketingRun.Kind.PULL, "schedule", now.minus(Duration.ofDays(29)), null)
                .end(TicketingRun.Outcome.ERROR, 1, 0, 1, "x".repeat(2000)));

        runs.purge(now.minus(Duration.ofDays(30)));

        List<TicketingRun> kept = runs.latest(link, 10);
        assertEquals(1, kept.size());
        assertEquals(
                TicketingRun.MAX_MESSAGE_LENGTH,
                kept.get(0).getMessage().orElseThrow().length());
    }

    @Test
    void linkNamesAreUniqueCaseAndSpaceAside() {
        String name = Given.unique("Link");
        UUID link = links.create(name).getId();
        UUID other = link();

        assertThrows(NameTakenException.class, () -> links.create(" " + name.toUpperCase() + " "));
        assertThrows(NameTakenException.class, () -> links.rename(other, name.toLowerCase()));
        links.rename(link, name.toLowerCase());
    }

    @Test
    void theKeysOfADeletedLinkActForNone() {
        UUID link = link();
        UUID key = given.key(Set.of(given.team()), Access.READ, ResourceType.CLIENTS)
                .key()
                .getId();
        keys.link(key, link, null);
        assertEquals(Optional.of(link), keys.find(key).orElseThrow().getTicketingLinkId());

        links.delete(link);

        assertEquals(Optional.empty(), keys.find(key).orElseThrow().getTicketingLinkId());
    }

    private UUID link() {
        return links.create(Given.unique("Link")).getId();
    }
}
