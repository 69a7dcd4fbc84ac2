package koppel.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import koppel.common.entity.Contact;
import koppel.common.entity.TeamOwned;

/** Someone who works for a team: leads sessions, takes payments. */
@Entity
@Table(name = "staff")
public class StaffMember extends TeamOwned {

    @Embedded
    private Contact contact;

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
        contact = data.contact().stripped();
        position = data.position();
        active = data.active() == null || data.active();
        describe(data.externalReference(), data.customData());
    }

    @Override
    public StaffData data() {
        return new StaffData(contact, position, active, getExternalReference().orElse(null), getCustomData());
    }
}
