package koppel.session.boundary;

import jakarta.ejb.Stateless;
import java.util.UUID;
import koppel.apikey.entity.ResourceType;
import koppel.common.FieldErrors;
import koppel.query.Field;
import koppel.query.Listing;
import koppel.resource.Kind;
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

    public Sessions() {
        super(new Kind<>(
                Session.class,
                SessionData.class,
                ResourceType.SESSIONS,
                "The session",
                Session::new,
                Session::update,
                LISTING));
    }

    @Override
    protected void checkRules(SessionData data, FieldErrors errors) {
        if (data.start() != null && data.end() != null && !data.endsAfterItStarts()) {
            errors.add("end", "The end must be after the start.");
        }
    }

    @Override
    protected void checkReferences(UUID team, UUID id, SessionData data) {
        reference(SessionGroup.class, team, data.sessionGroup(), "session_group");
        for (UUID member : data.staff()) {
            reference(StaffMember.class, team, member, "staff");
        }
    }
}
