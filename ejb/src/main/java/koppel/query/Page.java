package koppel.query;

import java.util.List;
import java.util.function.Function;

/** One window of a list, with the size of the whole list. */
public record Page<T>(long count, List<T> items, int offset, int limit) {

    public boolean hasNext() {
        return offset + items.size() < count && !items.isEmpty();
    }

    public boolean hasPrevious() {
        return offset > 0;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(count, items.stream().map(mapper).toList(), offset, limit);
    }
}
