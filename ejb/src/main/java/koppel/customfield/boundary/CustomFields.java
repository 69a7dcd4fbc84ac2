package koppel.customfield.boundary;

import jakarta.ejb.Stateless;
import java.util.UUID;
import koppel.apikey.entity.ResourceType;
import koppel.common.FieldErrors;
import koppel.common.InvalidFieldsException;
import koppel.common.control.Writes;
import koppel.customfield.entity.CustomField;
import koppel.customfield.entity.CustomFieldData;
import koppel.query.Field;
import koppel.query.Listing;
import koppel.resource.Kind;
import koppel.resource.TeamCollection;

/** A team's custom fields. */
@Stateless
public class CustomFields extends TeamCollection<CustomField, CustomFieldData> {

    static final Listing<CustomField> LISTING = Listing.of(
            CustomField.class,
            Field.text("name", "name"),
            Field.text("resource_type", "resourceType"),
            Field.text("kind", "kind"),
            Field.id("integration", "integrationId"));

    public CustomFields() {
        super(new Kind<>(
                CustomField.class,
                CustomFieldData.class,
                ResourceType.CUSTOM_FIELDS,
                "The custom field",
                CustomField::new,
                CustomField::update,
                LISTING));
    }

    @Override
    protected void checkRules(CustomFieldData data, FieldErrors errors) {
        if ("select".equals(data.kind()) && data.options().isEmpty()) {
            errors.add("options", "A select field has at least one option.");
        }
        if (CustomField.INTEGRATION_DATA.equals(data.kind()) && data.integration() == null) {
            errors.add("integration", "An integration_data field names its integration.");
        }
    }

    @Override
    protected void checkReferences(UUID team, UUID id, CustomFieldData data) {
        boolean taken = em.createNamedQuery(CustomField.OF_TYPE, CustomField.class)
                .setParameter("team", team)
                .setParameter("type", data.resourceType())
                .getResultStream()
                .anyMatch(field ->
                        field.getName().equals(data.name()) && !field.getId().equals(id));
        if (taken) {
            throw InvalidFieldsException.of("name", "This resource type already has a field of this name.");
        }
        if (CustomField.INTEGRATION_DATA.equals(data.kind()) && !integrationExists(data.integration())) {
            throw InvalidFieldsException.of("integration", FieldErrors.doesNotExist(data.integration()));
        }
    }

    /**
     * Asked by the entity's name: the webhook feature hears of custom fields' changes, so custom
     * fields refer to its integrations without depending on its classes.
     */
    private boolean integrationExists(UUID integration) {
        return Writes.holdReferenced(em, "WebhookIntegration", integration);
    }
}
