package koppel.api.json;

import static koppel.common.Jsonp.JSON;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import koppel.common.ApiNames;
import koppel.common.entity.Refers;

/**
 * Writes a {@link ResourceOut} within JSON-B. The records are walked here, because JSON-B can
 * neither put the data record's fields at the top level of the resource nor replace ids by
 * resources along the paths {@code expand} names, and so that every field is written, null or
 * not, in the order the record declares; each value that is not a record is written by JSON-B.
 */
public class ResourceSerializer implements JsonbSerializer<ResourceOut> {

    @Override
    public void serialize(ResourceOut out, JsonGenerator json, SerializationContext context) {
        json.writeStartObject();
        json.write("id", out.resource().getId().toString());
        fields(out.data(), out.expanded(), out.replaced(), json, context);
        json.write("created", out.resource().getCreated().toString());
        json.write("last_modified", out.resource().getLastModified().toString());
        json.writeEnd();
    }

    private static void fields(
            Record data,
            Expansion expanded,
            Map<String, Object> replaced,
            JsonGenerator json,
            SerializationContext context) {
        RecordComponent[] components = ApiNames.components(data.getClass());
        String[] names = ApiNames.names(data.getClass());
        for (int i = 0; i < components.length; i++) {
            String name = names[i];
            Object value = replaced.containsKey(name) ? replaced.get(name) : ApiNames.value(components[i], data);
            Expansion deeper = expanded.field(name);
            Expansion below = deeper == null ? Expansion.NONE : deeper;
            if (ApiNames.isInline(components[i])) {
                fields((Record) value, Expansion.NONE, Map.of(), json, context);
            } else if (value == null) {
                json.writeNull(name);
            } else if (name.equals(RecordReader.CUSTOM_DATA) && value instanceof String text) {
                context.serialize(
                        name, JSON.createReader(new StringReader(text)).readObject(), json);
            } else if (deeper != null && components[i].isAnnotationPresent(Refers.class)) {
                references(name, value, deeper, json, context);
            } else if (value instanceof Record nested) {
                json.writeStartObject(name);
                fields(nested, below, Map.of(), json, context);
                json.writeEnd();
            } else if (ApiNames.elementType(components[i]).isRecord()) {
                json.writeStartArray(name);
                for (Object element : (List<?>) value) {
                    json.writeStartObject();
                    fields((Record) element, below, Map.of(), json, context);
                    json.writeEnd();
                }
                json.writeEnd();
            } else {
                scalar(name, value, json, context);
            }
        }
    }

    /**
     * A value that is not a record. The kinds most fields hold are written straight to the
     * generator, in the forms JSON-B gives them (the decimal as {@link JsonConfig} writes it):
     * asking JSON-B for a serializer per field cost single reads about a tenth of their rate in
     * {@code bench/api.sh} (BENCHMARKS.md, issue 10). Everything else is JSON-B's.
     */
    private static void scalar(String name, Object value, JsonGenerator json, SerializationContext context) {
        if (value instanceof String text) {
            json.write(name, text);
        } else if (value instanceof UUID || value instanceof Instant || value instanceof LocalDate) {
            json.write(name, value.toString());
        } else if (value instanceof Boolean flag) {
            json.write(name, flag);
        } else if (value instanceof Integer number) {
            json.write(name, number);
        } else if (value instanceof BigDecimal decimal) {
            json.write(name, decimal.toPlainString());
        } else {
            context.serialize(name, value, json);
        }
    }

    /** The resources in place of their ids; an id whose resource is gone stays an id. */
    private static void references(
            String name, Object ids, Expansion expanded, JsonGenerator json, SerializationContext context) {
        if (ids instanceof UUID id) {
            context.serialize(name, shown(id, expanded), json);
            return;
        }
        json.writeStartArray(name);
        for (Object id : (List<?>) ids) {
            context.serialize(shown((UUID) id, expanded), json);
        }
        json.writeEnd();
    }

    private static Object shown(UUID id, Expansion expanded) {
        ResourceOut resource = expanded.resources().get(id);
        return resource == null ? id.toString() : resource;
    }
}
