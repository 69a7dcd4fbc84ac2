package koppel.common.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.Optional;
import java.util.UUID;

/**
 * Base of every resource that belongs to a team, with what every such resource carries: the
 * caller's own id for it ({@code external_reference}) and its custom data (a JSON object, kept as
 * text and validated where it comes in).
 */
@MappedSuperclass
public abstract class TeamOwned extends Tracked {

    public static final int MAX_EXTERNAL_REFERENCE_LENGTH = 255;
    public static final int MAX_CUSTOM_DATA_LENGTH = 20_000;

    @Column(name = "team_id", nullable = false, updatable = false)
    private UUID teamId;

    @Column(name = "external_reference", length = MAX_EXTERNAL_REFERENCE_LENGTH)
    private String externalReference;

    @Column(name = "custom_data", length = MAX_CUSTOM_DATA_LENGTH)
    private String customData;

    protected TeamOwned() {}

    protected TeamOwned(UUID id, UUID teamId) {
        super(id);
        this.teamId = teamId;
    }

    protected void describe(String externalReference, String customData) {
        this.externalReference = externalReference;
        this.customData = customData;
    }

    /** What a caller can say about the resource: everything but its id, team and times. */
    public abstract Record data();

    /** Replaces the custom data with what the team's custom fields allow of it (JSON object text). */
    public void useCustomData(String json) {
        this.customData = "{}".equals(json) ? null : json;
    }

    public boolean belongsTo(UUID team) {
        return teamId.equals(team);
    }

    public UUID getTeamId() {
        return teamId;
    }

    public Optional<String> getExternalReference() {
        return Optional.ofNullable(externalReference);
    }

    /** The custom data as JSON text; an empty object when there is none. */
    public String getCustomData() {
        return customData == null ? "{}" : customData;
    }
}
