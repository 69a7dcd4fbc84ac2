package koppel.admin.settings.integrations;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import koppel.source.entity.UpdateType;

/**
 * The update types ticked for one data type of an integration (step 2 of the seed) while its page
 * is edited: created, updated, deleted.
 */
public class UpdateChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String dataType;
    private final String label;
    private final boolean activated;
    private boolean created;
    private boolean updated;
    private boolean deleted;

    UpdateChoice(String dataType, String label, boolean activated, Set<UpdateType> taken) {
        this.dataType = dataType;
        this.label = label;
        this.activated = activated;
        created = taken.contains(UpdateType.CREATED);
        updated = taken.contains(UpdateType.UPDATED);
        deleted = taken.contains(UpdateType.DELETED);
    }

    Set<UpdateType> taken() {
        Set<UpdateType> taken = EnumSet.noneOf(UpdateType.class);
        if (created) {
            taken.add(UpdateType.CREATED);
        }
        if (updated) {
            taken.add(UpdateType.UPDATED);
        }
        if (deleted) {
            taken.add(UpdateType.DELETED);
        }
        return taken;
    }

    public String getDataType() {
        return dataType;
    }

    public String getLabel() {
        return label;
    }

    /** Whether the configuration transfers it (its mapping activated): only then does it run. */
    public boolean isActivated() {
        return activated;
    }

    public boolean isCreated() {
        return created;
    }

    public void setCreated(boolean created) {
        this.created = created;
    }

    public boolean isUpdated() {
        return updated;
    }

    public void setUpdated(boolean updated) {
        this.updated = updated;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public void setDeleted(boolean deleted) {
        this.deleted = deleted;
    }
}
