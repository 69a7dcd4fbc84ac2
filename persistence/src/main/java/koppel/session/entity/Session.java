package koppel.session.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import koppel.common.entity.TeamOwned;

/** One dated meeting of a session group, with the staff who lead it. */
@Entity
@Table(name = "sessions")
public class Session extends TeamOwned {

    @Column(name = "session_group_id", nullable = false)
    private UUID sessionGroupId;

    @Column(name = "starts_at", nullable = false)
    private Instant start;

    @Column(name = "ends_at", nullable = false)
    private Instant end;

    @Column(length = 500)
    private String location;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_staff", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @Column(name = "staff_id", nullable = false)
    private List<UUID> staff = new ArrayList<>();

    protected Session() {}

    public Session(UUID id, UUID teamId, SessionData data) {
        super(id, teamId);
        update(data);
    }

    public void update(SessionData data) {
        sessionGroupId = data.sessionGroup();
        start = data.start();
        end = data.end();
        location = data.location();
        staff = new ArrayList<>(data.staff());
        describe(data.externalReference(), data.customData());
    }

    @Override
    public SessionData data() {
        return new SessionData(
                sessionGroupId,
                start,
                end,
                location,
                staff,
                getExternalReference().orElse(null),
                getCustomData());
    }

    public UUID getSessionGroupId() {
        return sessionGroupId;
    }
}
