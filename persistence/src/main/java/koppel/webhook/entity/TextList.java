package koppel.webhook.entity;

import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;
import koppel.common.entity.JsonColumn;

/** A list of strings (addresses, event types) kept as a JSON array in one column. */
@Converter
public class TextList extends JsonColumn<List<String>> {

    public TextList() {
        super(new ArrayList<String>() {}.getClass().getGenericSuperclass());
    }
}
