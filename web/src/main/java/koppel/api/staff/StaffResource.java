package koppel.api.staff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import koppel.api.auth.Guarded;
import koppel.api.common.CollectionResource;
import koppel.apikey.entity.ResourceType;
import koppel.resource.TeamCollection;
import koppel.staff.boundary.Staff;
import koppel.staff.entity.StaffData;
import koppel.staff.entity.StaffMember;

/**
 * A team's staff. Its endpoints are {@link CollectionResource}'s; reads need read, writes need
 * write on the resource type of {@link Guarded}:
 *
 * <table>
 *   <caption>Endpoints</caption>
 *   <tr><th>request</th><th>method</th><th>answer</th></tr>
 *   <tr><td>GET /teams/{teamId}/staff</td><td>{@link CollectionResource#list}</td>
 *       <td>a page; offset, limit, ordering, filters, expand</td></tr>
 *   <tr><td>POST /teams/{teamId}/staff</td><td>{@link CollectionResource#create}</td>
 *       <td>201, Location, ETag; Idempotency-Key</td></tr>
 *   <tr><td>GET /teams/{teamId}/staff/{id}</td><td>{@link CollectionResource#get}</td>
 *       <td>the staff member, ETag; expand</td></tr>
 *   <tr><td>PUT /teams/{teamId}/staff/{id}</td><td>{@link CollectionResource#put}</td>
 *       <td>200, or 201 when it creates the staff member; If-Match</td></tr>
 *   <tr><td>DELETE /teams/{teamId}/staff/{id}</td><td>{@link CollectionResource#delete}</td>
 *       <td>204; If-Match</td></tr>
 * </table>
 */
@ApplicationScoped
@Path("teams/{teamId}/staff")
@Guarded(ResourceType.STAFF)
public class StaffResource extends CollectionResource<StaffMember, StaffData> {

    @EJB
    private Staff staff;

    @Override
    protected TeamCollection<StaffMember, StaffData> facade() {
        return staff;
    }
}
