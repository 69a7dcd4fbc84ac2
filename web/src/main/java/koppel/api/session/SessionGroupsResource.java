package koppel.api.session;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import koppel.api.auth.Guarded;
import koppel.api.common.CollectionResource;
import koppel.apikey.entity.ResourceType;
import koppel.resource.TeamCollection;
import koppel.session.boundary.SessionGroups;
import koppel.session.entity.SessionGroup;
import koppel.session.entity.SessionGroupData;

/** A team's session groups. */
@RequestScoped
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
