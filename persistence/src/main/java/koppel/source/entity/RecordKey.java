package koppel.source.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A Koppel record as one integration sees it: the integration, the data type and the record's id. */
@Embeddable
public class RecordKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "integration_id", nullable = false)
    private UUID integrationId;

    @Column(name = "data_type", nullable = false, length = 64)
    private String dataType;

    @Column(name = "record_id", nullable = false)
    private UUID recordId;

    protected RecordKey() {}

    public RecordKey(UUID integrationId, String dataType, UUID recordId) {
        this.integrationId = integrationId;
        this.dataType = dataType;
        this.recordId = recordId;
    }

    public UUID integrationId() {
        return integrationId;
    }

    public String dataType() {
        return dataType;
    }

    public UUID recordId() {
        return recordId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordKey key
                && integrationId.equals(key.integrationId)
                && dataType.equals(key.dataType)
                && recordId.equals(key.recordId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(integrationId, dataType, recordId);
    }
}
