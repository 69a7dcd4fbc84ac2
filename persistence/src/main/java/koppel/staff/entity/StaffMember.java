package koppel.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import koppel.common.entity.TeamOwned;

/** Someone who works for a team: leads sessions, takes payments. */
@Entity
@Table(name = "staff")
public class StaffMember extends TeamOwned {

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(length = 254)
    private String email;

    @Column(name = "phone_number", length = 32)
    private String phoneNumber;

    @Column(length = 100)
    private String position;

    @Column(nullable = false)
    private boolean active;

    protected StaffMember() {}

    public StaffMember(UUID id, UUID teamId, StaffData data) {
        super(id, teamId);
        update(data);
    }

    public void update(StaffData data) {
        firstName = data.firstName().strip();
        lastName = data.lastName().strip();
        email = data.email();
        phoneNumber = data.phoneNumber();
        position = data.position();
        active = data.active() == null || data.active();
        describe(data.externalReference(), data.customData());
    }

    @Override
    public StaffData data() {
        return new StaffData(
                firstName,
                lastName,
                email,
                phoneNumber,
                position,
                active,
                getExternalReference().orElse(null),
                getCustomData());
    }
}
