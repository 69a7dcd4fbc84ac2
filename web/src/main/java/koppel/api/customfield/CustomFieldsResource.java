package koppel.api.customfield;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import koppel.api.auth.Guarded;
import koppel.api.common.CollectionResource;
import koppel.apikey.entity.ResourceType;
import koppel.customfield.boundary.CustomFields;
import koppel.customfield.entity.CustomField;
import koppel.customfield.entity.CustomFieldData;
import koppel.resource.TeamCollection;

/**
 * A team's custom fields. Its endpoints are {@link CollectionResource}'s; reads need read, writes need
 * write on the resource type of {@link Guarded}:
 *
 * <table>
 *   <caption>Endpoints</caption>
 *   <tr><th>request</th><th>method</th><th>answer</th></tr>
 *   <tr><td>GET /teams/{teamId}/custom-fields</td><td>{@link CollectionResource#list}</td>
 *       <td>a page; offset, limit, ordering, filters, expand</td></tr>
 *   <tr><td>POST /teams/{teamId}/custom-fields</td><td>{@link CollectionResource#create}</td>
 *       <td>201, Location, ETag; Idempotency-Key</td></tr>
 *   <tr><td>GET /teams/{teamId}/custom-fields/{id}</td><td>{@link CollectionResource#get}</td>
 *       <td>the custom field, ETag; expand</td></tr>
 *   <tr><td>PUT /teams/{teamId}/custom-fields/{id}</td><td>{@link CollectionResource#put}</td>
 *       <td>200, or 201 when it creates the custom field; If-Match</td></tr>
 *   <tr><td>DELETE /teams/{teamId}/custom-fields/{id}</td><td>{@link CollectionResource#delete}</td>
 *       <td>204; If-Match</td></tr>
 * </table>
 */
@ApplicationScoped
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
