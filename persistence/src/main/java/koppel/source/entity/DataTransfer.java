package koppel.source.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import koppel.common.entity.JsonColumn;

/**
 * A data type a source configuration transfers ("Transfert des données"), with its field mapping
 * and whether it is activated. A new one is shown disabled; only a valid mapping is activated, and
 * changing the mapping takes the activation back.
 */
@Embeddable
public class DataTransfer {

    @Column(name = "data_type", nullable = false, length = 64)
    private String dataType;

    /**
     * The mapping as JSON text. Kept as text rather than through a converter: Hibernate cannot
     * compare a converted list inside an element collection when it looks for changes.
     */
    @Column(name = "mapping", nullable = false, length = 8000)
    private String mapping = "[]";

    @Column(nullable = false)
    private boolean activated;

    protected DataTransfer() {}

    public DataTransfer(String dataType) {
        this.dataType = dataType;
    }

    public String getDataType() {
        return dataType;
    }

    public List<FieldAssignment> getMapping() {
        return List.copyOf(MAPPING.convertToEntityAttribute(mapping));
    }

    public void map(List<FieldAssignment> assignments) {
        mapping = MAPPING.convertToDatabaseColumn(new ArrayList<>(assignments));
        activated = false;
    }

    public boolean isActivated() {
        return activated;
    }

    /** Activates it; the facade has checked the mapping. */
    public void activate() {
        activated = true;
    }

    public void deactivate() {
        activated = false;
    }

    private static final Mapping MAPPING = new Mapping();

    /** A mapping as JSON text. */
    static class Mapping extends JsonColumn<List<FieldAssignment>> {
        Mapping() {
            super(new ArrayList<FieldAssignment>() {}.getClass().getGenericSuperclass());
        }
    }
}
