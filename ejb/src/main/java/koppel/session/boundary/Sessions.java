package koppel.session.boundary;

import jakarta.ejb.Stateless;
import java.util.UUID;
import koppel.apikey.entity.ResourceType;
import koppel.common.FieldErrors;
import koppel.query.Field;
import koppel.query.Listing;
import koppel.resource.TeamCollection;
import koppel.session.entity.Session;
import koppel.session.entity.SessionData;
import koppel.session.entity.SessionGroup;
import koppel.staff.entity.StaffMember;

/** A team's sessions: the dated meetings of its session groups. */
@Stateless
public class Sessions extends TeamCollection<Session, SessionData> {

    static final Listing<Session> LISTING = Listing.of(
            Session.class,
            Field.id("session_group", "sessionGroupId"),
            Field.dateTime("start", "start"),
            Field.dateTime("end", "end"),
            Field.text("location", "location"));

    @Override
    protected Class<Session> type() {
        return Session.class;
    }

    @Override
    public Class<SessionData> dataType() {
        return SessionData.class;
    }

    @Override
    protected ResourceType resourceType() {
        return ResourceType.SESSIONS;
    }

    @Override
    protected Listing<Session> listing() {
        return LISTING;
    }

    @Override
    protected String singular() {
        return "The session";
    }

    @Override
    protected void checkReferences(UUID team, UUID id, SessionData data) {
        FieldErrors errors = new FieldErrors();
        if (!data.endsAfterItStarts()) {
            errors.add("end", "The end must be after the start.");
        }
        errors.throwIfAny();
        reference(SessionGroup.class, team, data.sessionGroup(), "session_group");
        for (UUID member : data.staff()) {
            reference(StaffMember.class, team, member, "staff");
        }
    }

    @Override
    protected Session create(UUID id, UUID team, SessionData data) {
        return new Session(id, team, data);
    }

    @Override
    protected void update(Session session, SessionData data) {
        session.update(data);
    }
}
