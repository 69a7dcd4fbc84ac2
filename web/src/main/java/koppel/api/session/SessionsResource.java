package koppel.api.session;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import koppel.api.auth.Guarded;
import koppel.api.common.CollectionResource;
import koppel.apikey.entity.ResourceType;
import koppel.resource.TeamCollection;
import koppel.session.boundary.Sessions;
import koppel.session.entity.Session;
import koppel.session.entity.SessionData;

/** A team's sessions. */
@RequestScoped
@Path("teams/{teamId}/sessions")
@Guarded(ResourceType.SESSIONS)
public class SessionsResource extends CollectionResource<Session, SessionData> {

    @EJB
    private Sessions sessions;

    @Override
    protected TeamCollection<Session, SessionData> facade() {
        return sessions;
    }
}
