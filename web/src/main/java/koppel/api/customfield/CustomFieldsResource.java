package koppel.api.customfield;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import koppel.api.auth.Guarded;
import koppel.api.common.CollectionResource;
import koppel.apikey.entity.ResourceType;
import koppel.customfield.boundary.CustomFields;
import koppel.customfield.entity.CustomField;
import koppel.customfield.entity.CustomFieldData;
import koppel.resource.TeamCollection;

/** A team's custom fields. */
@RequestScoped
@Path("teams/{teamId}/custom-fields")
@Guarded(ResourceType.CUSTOM_FIELDS)
public class CustomFieldsResource extends CollectionResource<CustomField, CustomFieldData> {

    @EJB
    private CustomFields customFields;

    @Override
    protected TeamCollection<CustomField, CustomFieldData> facade() {
        return customFields;
    }
}
