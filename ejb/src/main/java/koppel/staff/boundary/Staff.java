package koppel.staff.boundary;

import jakarta.ejb.Stateless;
import koppel.apikey.entity.ResourceType;
import koppel.query.Field;
import koppel.query.Listing;
import koppel.resource.Kind;
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

    public Staff() {
        super(new Kind<>(
                StaffMember.class,
                StaffData.class,
                ResourceType.STAFF,
                "The staff member",
                StaffMember::new,
                StaffMember::update,
                LISTING));
    }
}
