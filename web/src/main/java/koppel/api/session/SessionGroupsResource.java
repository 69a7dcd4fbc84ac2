package koppel.api.session;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import koppel.api.auth.Guarded;
import koppel.api.common.CollectionResource;
import koppel.apikey.entity.ResourceType;
import koppel.resource.TeamCollection;
import koppel.session.boundary.SessionGroups;
import koppel.session.entity.SessionGroup;
import koppel.session.entity.SessionGroupData;

/**
 * A team's session groups. Its endpoints are {@link CollectionResource}'s; reads need read, writes need
 * write on the resource type of {@link Guarded}:
 *
 * <table>
 *   <caption>Endpoints</caption>
 *   <tr><th>request</th><th>method</th><th>answer</th></tr>
 *   <tr><td>GET /teams/{teamId}/session-groups</td><td>{@link CollectionResource#list}</td>
 *       <td>a page; offset, limit, ordering, filters, expand</td></tr>
 *   <tr><td>POST /teams/{teamId}/session-groups</td><td>{@link CollectionResource#create}</td>
 *       <td>201, Location, ETag; Idempotency-Key</td></tr>
 *   <tr><td>GET /teams/{teamId}/session-groups/{id}</td><td>{@link CollectionResource#get}</td>
 *       <td>the session group, ETag; expand</td></tr>
 *   <tr><td>PUT /teams/{teamId}/session-groups/{id}</td><td>{@link CollectionResource#put}</td>
 *       <td>200, or 201 when it creates the session group; If-Match</td></tr>
 *   <tr><td>DELETE /teams/{teamId}/session-groups/{id}</td><td>{@link CollectionResource#delete}</td>
 *       <td>204; If-Match</td></tr>
 * </table>
 */
@ApplicationScoped
@Path("teams/{teamId}/session-groups")
@Guarded(ResourceType.SESSION_GROUPS)
public class SessionGroupsResource extends CollectionResource<SessionGroup, SessionGroupData> {

    @EJB
    private SessionGroups sessionGroups;

    @Override
    protected TeamCollection<SessionGroup, SessionGroupData> facade() {
        return sessionGroups;
    }
}
