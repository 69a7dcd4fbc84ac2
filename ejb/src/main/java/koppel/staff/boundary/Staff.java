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
            Field.text("first_name", "contact.firstName"),
            Field.text("last_name", "contact.lastName"),
            Field.text("email", "contact.email"),
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
