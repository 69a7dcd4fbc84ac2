package koppel.it.ticketing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import koppel.apikey.boundary.ApiKeys;
import koppel.apikey.entity.Access;
import koppel.apikey.entity.ResourceType;
import koppel.common.InvalidFieldsException;
import koppel.common.NameTakenException;
import koppel.it.Deployments;
import koppel.it.container.Given;
import koppel.ticketing.boundary.InvalidConfigurationException;
import koppel.ticketing.boundary.TicketingLinks;
import koppel.ticketing.provider.ConfigField;
import koppel.ticketing.provider.GenericHttpTicketing;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The TicketingLinks facade inside the server: link names are unique, a secret is stored encrypted
 * and never shown, a secret left blank keeps the stored one while the provider stays the same, and
 * a deleted link's keys act for none.
 */
@ExtendWith(ArquillianExtension.class)
class TicketingLinksIT {

    private static final String GENERIC = GenericHttpTicketing.ID;
    private static final String URL = "https://tickets.example.com";

    @EJB
    private TicketingLinks links;

    @EJB
    private ApiKeys keys;

    @Inject
    private Given given;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.koppelTesting(TicketingLinksIT.class);
    }

    @Test
    void aSecretLeftBlankKeepsTheStoredOne() {
        UUID link = link();
        links.configure(link, GENERIC, Map.of("base_url", URL, "username", "ops", "password", "s3cret"));
        String stored = links.get(link).getConfiguration().get("password");
        assertNotEquals("s3cret", stored, "stored encrypted");

        links.configure(link, GENERIC, Map.of("base_url", URL + "/v2", "username", "ops", "password", " "));

        assertEquals(stored, links.get(link).getConfiguration().get("password"));
        assertEquals(URL + "/v2", links.get(link).getConfiguration().get("base_url"));
    }

    @Test
    void aNewSecretReplacesTheStoredOne() {
        UUID link = link();
        links.configure(link, GENERIC, Map.of("base_url", URL, "password", "first"));
        String first = links.get(link).getConfiguration().get("password");

        links.configure(link, GENERIC, Map.of("base_url", URL, "password", "second"));

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
        links.configure(link, GENERIC, Map.of("base_url", URL, "username", "ops", "password", "s3cret"));

        assertEquals(Map.of("base_url", URL, "username", "ops"), links.visibleConfiguration(link));
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
