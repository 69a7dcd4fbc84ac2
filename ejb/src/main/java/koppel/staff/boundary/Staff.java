package koppel.staff.boundary;

import jakarta.ejb.Stateless;
import java.util.UUID;
import koppel.apikey.entity.ResourceType;
import koppel.query.Field;
import koppel.query.Listing;
import koppel.resource.TeamCollection;
import koppel.staff.entity.StaffData;
import koppel.staff.entity.StaffMember;

/** A team's staff. */
@Stateless
public class Staff extends TeamCollection<StaffMember, StaffData> {

    static final Listing<StaffMember> LISTING = Listing.of(
            StaffMember.class,
            Field.text("first_name", "firstName"),
            Field.text("last_name", "lastName"),
            Field.text("email", "email"),
            Field.text("position", "position"),
            Field.bool("active", "active"));

    @Override
    protected Class<StaffMember> type() {
        return StaffMember.class;
    }

    @Override
    public Class<StaffData> dataType() {
        return StaffData.class;
    }

    @Override
    protected ResourceType resourceType() {
        return ResourceType.STAFF;
    }

    @Override
    protected Listing<StaffMember> listing() {
        return LISTING;
    }

    @Override
    protected String singular() {
        return "The staff member";
    }

    @Override
    protected StaffMember create(UUID id, UUID team, StaffData data) {
        return new StaffMember(id, team, data);
    }

    @Override
    protected void update(StaffMember member, StaffData data) {
        member.update(data);
    }
}
