package koppel.query;

import java.util.List;

/** One window of a list, with the size of the whole list. */
public record Page<T>(long count, List<T> items, int offset, int limit) {

    public boolean hasNext() {
        return offset + items.size() < count && !items.isEmpty();
    }

    public boolean hasPrevious() {
        return offset > 0;
    }
}
