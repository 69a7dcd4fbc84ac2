package koppel.session.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import koppel.common.entity.Refers;
import koppel.common.entity.TeamOwned;
import koppel.staff.entity.StaffMember;

/** What a caller says about a session: its group, when, where, and who leads it. */
public record SessionData(
        @JsonbProperty("session_group") @NotNull(message = "This field is required.") @Refers(SessionGroup.class)
        UUID sessionGroup,

        @JsonbProperty("start") @NotNull(message = "This field is required.")
        Instant start,

        @JsonbProperty("end") @NotNull(message = "This field is required.")
        Instant end,

        @JsonbProperty("location") @Size(max = 500) String location,

        @JsonbProperty("staff") @Size(max = 50) @Refers(StaffMember.class)
        List<UUID> staff,

        @JsonbProperty("external_reference") @Size(max = TeamOwned.MAX_EXTERNAL_REFERENCE_LENGTH)
        String externalReference,

        @JsonbProperty("custom_data") @Size(max = TeamOwned.MAX_CUSTOM_DATA_LENGTH)
        String customData) {

    public SessionData {
        staff = staff == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(staff));
    }

    public boolean endsAfterItStarts() {
        return end.isAfter(start);
    }
}
