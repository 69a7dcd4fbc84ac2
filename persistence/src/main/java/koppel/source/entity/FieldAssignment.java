package koppel.source.entity;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One line of a field mapping: a third-party field assigned to a Koppel field, the way values go,
 * and whether it is the primary key (the third party's key, kept in a Koppel field, by which
 * records are matched).
 */
public record FieldAssignment(String remoteField, String koppelField, Direction direction, boolean primaryKey) {

    @JsonbCreator
    public FieldAssignment(
            @JsonbProperty("remoteField") String remoteField,
            @JsonbProperty("koppelField") String koppelField,
            @JsonbProperty("direction") Direction direction,
            @JsonbProperty("primaryKey") boolean primaryKey) {
        this.remoteField = remoteField;
        this.koppelField = koppelField;
        this.direction = primaryKey ? Direction.BOTH : direction;
        this.primaryKey = primaryKey;
    }
}
