package koppel.api.staff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;
import koppel.api.auth.Guarded;
import koppel.api.common.CollectionResource;
import koppel.apikey.entity.ResourceType;
import koppel.resource.TeamCollection;
import koppel.staff.boundary.Staff;
import koppel.staff.entity.StaffData;
import koppel.staff.entity.StaffMember;

/** A team's staff. */
@RequestScoped
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
