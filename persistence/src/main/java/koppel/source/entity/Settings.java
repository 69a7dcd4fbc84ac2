package koppel.source.entity;

import jakarta.persistence.Converter;
import java.util.Map;
import java.util.TreeMap;
import koppel.common.entity.JsonColumn;

/** Named text values (an authorization's, a configuration's) as JSON text. */
@Converter
class Settings extends JsonColumn<Map<String, String>> {
    Settings() {
        super(new TreeMap<String, String>() {}.getClass().getGenericSuperclass());
    }
}
