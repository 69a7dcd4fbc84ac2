package koppel.admin.settings.integrations;

import java.io.Serializable;
import koppel.source.entity.Direction;
import koppel.source.entity.FieldAssignment;

/**
 * One line of the "Field mapping" dialog while it is edited: a third-party field, the Koppel field
 * it is assigned to, the way values go, and, on the first line, whether it is the primary key.
 */
public class MappingRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String remoteField;
    private String koppelField;
    private Direction direction = Direction.BOTH;
    private boolean primaryKey;

    MappingRow() {}

    MappingRow(FieldAssignment assignment) {
        remoteField = assignment.remoteField();
        koppelField = assignment.koppelField();
        direction = assignment.direction();
        primaryKey = assignment.primaryKey();
    }

    /** The line as the facade takes it; a primary key goes both ways. */
    FieldAssignment assignment() {
        return new FieldAssignment(
                remoteField, koppelField, direction == null ? Direction.BOTH : direction, primaryKey);
    }

    public String getRemoteField() {
        return remoteField;
    }

    public void setRemoteField(String remoteField) {
        this.remoteField = remoteField;
    }

    public String getKoppelField() {
        return koppelField;
    }

    public void setKoppelField(String koppelField) {
        this.koppelField = koppelField;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public boolean isPrimaryKey() {
        return primaryKey;
    }

    public void setPrimaryKey(boolean primaryKey) {
        this.primaryKey = primaryKey;
    }
}
