package koppel.product.entity;

import jakarta.persistence.Converter;
import java.util.HashMap;
import java.util.Map;
import koppel.common.entity.JsonColumn;

/** The JSON columns of a product. */
final class ProductColumns {

    private ProductColumns() {}

    @Converter
    static class TranslationsColumn extends JsonColumn<Map<String, String>> {
        TranslationsColumn() {
            super(new HashMap<String, String>() {}.getClass().getGenericSuperclass());
        }
    }

    @Converter
    static class ParticipantsColumn extends JsonColumn<Participants> {
        ParticipantsColumn() {
            super(Participants.class);
        }
    }
}
