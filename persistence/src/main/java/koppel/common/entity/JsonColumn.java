package koppel.common.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import java.lang.reflect.Type;

/**
 * Keeps a value object (a record, a map of translations) as JSON text in one column: for nested
 * data that is read and written whole and never queried into. Subclasses name the type.
 */
public abstract class JsonColumn<T> implements AttributeConverter<T, String> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private final Type type;

    protected JsonColumn(Type type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        return value == null ? null : JSONB.toJson(value, type);
    }

    @Override
    public T convertToEntityAttribute(String json) {
        return json == null ? null : JSONB.fromJson(json, type);
    }
}
