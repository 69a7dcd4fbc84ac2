package koppel.it.container.customfield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import koppel.actor.Actor;
import koppel.common.InvalidFieldsException;
import koppel.customfield.boundary.CustomFields;
import koppel.customfield.entity.CustomFieldData;
import koppel.it.Deployments;
import koppel.it.container.Given;
import koppel.staff.boundary.Staff;
import koppel.webhook.boundary.WebhookIntegrations;
import koppel.webhook.entity.IntegrationData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The CustomFields facade inside the server: a select field has options, an integration_data field
 * names its integration, a name is used once per resource type and team; and the team collections
 * check custom data against the fields, an integration's field written only by that integration
 * (the caller as the API's token filter sets it in {@link Actor}). The rules of the values
 * themselves are unit-tested in CustomDataRulesTest; the API over HTTP in koppel.it.api.CustomFieldsIT.
 */
@ExtendWith(ArquillianExtension.class)
class CustomFieldsIT {

    @EJB
    private CustomFields fields;

    @EJB
    private Staff staff;

    @EJB
    private WebhookIntegrations integrations;

    @Inject
    private Actor actor;

    @Inject
    private Given given;

    private UUID team;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.koppelTesting(CustomFieldsIT.class);
    }

    @BeforeEach
    void aTeam() {
        team = given.team();
    }

    @Test
    void aSelectFieldHasOptionsAndAnIntegrationsFieldNamesIt() {
        refused(Set.of("options"), () -> fields.create(team, field(name(), "staff", "select", List.of(), null)));
        refused(
                Set.of("integration"),
                () -> fields.create(team, field(name(), "staff", "integration_data", List.of(), null)));

        fields.create(team, field(name(), "staff", "select", List.of("S", "M", "L"), null));
    }

    @Test
    void anIntegrationsFieldNamesAnExistingIntegration() {
        refused(
                Set.of("integration"),
                () -> fields.create(team, field(name(), "staff", "integration_data", null, UUID.randomUUID())));

        fields.create(team, field(name(), "staff", "integration_data", null, integration()));
    }

    @Test
    void aNameIsUsedOncePerResourceTypeAndTeam() {
        String name = name();
        UUID first =
                fields.create(team, field(name, "staff", "text", null, null)).getId();

        refused(Set.of("name"), () -> fields.create(team, field(name, "staff", "number", null, null)));
        fields.create(team, field(name, "clients", "text", null, null));
        fields.create(given.team(), field(name, "staff", "text", null, null));
        fields.put(team, first, field(name, "staff", "number", null, null), null);
    }

    @Test
    void customDataIsCheckedAgainstTheTeamsFields() {
        String size = name();
        fields.create(team, field(size, "staff", "number", null, null));

        refused(
                Set.of("custom_data"),
                () -> staff.create(team, Given.staff("Anna", "Skipper", "{\"" + name() + "\":1}")));
        refused(
                Set.of("custom_data"),
                () -> staff.create(team, Given.staff("Anna", "Skipper", "{\"" + size + "\":\"large\"}")));
        assertEquals(
                "{\"" + size + "\":42}",
                staff.create(team, Given.staff("Anna", "Skipper", "{\"" + size + "\":42}"))
                        .getCustomData());
    }

    @Test
    void anIntegrationsFieldIsWrittenOnlyByThatIntegration() {
        UUID integration = integration();
        String ticket = name();
        fields.create(team, field(ticket, "staff", "integration_data", null, integration));
        String data = "{\"" + ticket + "\":\"T-1\"}";

        refused(Set.of("custom_data"), () -> staff.create(team, Given.staff("Anna", "Skipper", data)));
        actor.actAs(UUID.randomUUID(), Optional.of(integration()), Optional.empty());
        refused(Set.of("custom_data"), () -> staff.create(team, Given.staff("Anna", "Skipper", data)));

        actor.actAs(UUID.randomUUID(), Optional.of(integration), Optional.empty());
        assertEquals(
                data, staff.create(team, Given.staff("Anna", "Skipper", data)).getCustomData());
    }

    private static CustomFieldData field(
            String name, String resourceType, String kind, List<String> options, UUID integration) {
        return new CustomFieldData(name, name, resourceType, kind, options, integration, null, null, null);
    }

    private UUID integration() {
        return integrations
                .create(new IntegrationData(Given.unique("Integration"), null, null))
                .getId();
    }

    /** A field name no other test uses: lower-case letters, digits and '_'. */
    private static String name() {
        return "f_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void refused(Set<String> fields, Executable write) {
        assertEquals(
                fields,
                assertThrows(InvalidFieldsException.class, write).getErrors().keySet());
    }
}
