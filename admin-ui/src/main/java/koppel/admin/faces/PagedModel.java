package koppel.admin.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import koppel.query.ListQuery;
import koppel.query.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazily paged and sorted table over a facade's list: PrimeFaces asks for one page at a time, in
 * the order of the column clicked, and the facade fetches just that page from the database.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** A facade's list method; serializable, as the view holding the table is. */
    @FunctionalInterface
    public interface Source<T> extends Function<ListQuery, Page<T>>, Serializable {}

    /** What tells one row from another: its id. */
    @FunctionalInterface
    public interface RowKey<T> extends Function<T, String>, Serializable {}

    /** Until a column is sorted: what was added last comes first, where people look for it. */
    private static final String NEWEST_FIRST = "-created";

    private final Source<T> source;
    private final Map<String, String> orderingsByColumn;
    private final RowKey<T> rowKey;

    /**
     * @param orderingsByColumn each sortable column's field (as PrimeFaces names it from the
     *     column's {@code sortBy}) to the ordering the facade knows it by
     */
    public PagedModel(Source<T> source, Map<String, String> orderingsByColumn, RowKey<T> rowKey) {
        this.source = source;
        this.orderingsByColumn = Map.copyOf(orderingsByColumn);
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.apply(new ListQuery(0, 1, null, Map.of())).count();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String ordering = sortBy.values().stream()
                .filter(sort -> sort.getOrder() != SortOrder.UNSORTED && orderingsByColumn.containsKey(sort.getField()))
                .findFirst()
                .map(sort ->
                        (sort.getOrder() == SortOrder.DESCENDING ? "-" : "") + orderingsByColumn.get(sort.getField()))
                .orElse(NEWEST_FIRST);
        Page<T> page = source.apply(new ListQuery(first, pageSize, ordering, Map.of()));
        setRowCount((int) page.count());
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.apply(row);
    }
}
