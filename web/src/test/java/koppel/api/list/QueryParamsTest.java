package koppel.api.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import koppel.common.InvalidFieldsException;
import koppel.query.ListQuery;
import org.junit.jupiter.api.Test;

/** The list parameters of the query string: paging, ordering, filters and expand. */
class QueryParamsTest {

    @Test
    void pagingAndOrderingAreReadByNameAndEverythingElseIsAFilter() {
        ListQuery query = ListParams.read(uri(Map.of(
                "offset", List.of("20"),
                "limit", List.of("5"),
                "ordering", List.of("-last_name"),
                "city", List.of("Gent", "Antwerpen"),
                "expand", List.of("client"),
                "lang", List.of("fr"))));

        assertThat(query.offset()).isEqualTo(20);
        assertThat(query.limit()).isEqualTo(5);
        assertThat(query.ordering()).isEqualTo("-last_name");
        assertThat(query.filters())
                .as("the last value of a repeated filter counts")
                .isEqualTo(Map.of("city", "Antwerpen"));
    }

    @Test
    void defaultsWhenAbsentAndHugeNumbersAreCutNotRefused() {
        assertThat(ListParams.read(uri(Map.of())).limit()).isEqualTo(ListQuery.DEFAULT_LIMIT);
        assertThat(ListParams.read(uri(Map.of())).offset()).isZero();
        assertThat(ListParams.read(uri(Map.of("limit", List.of("99999999999999"))))
                        .limit())
                .isEqualTo(ListQuery.MAX_LIMIT);
    }

    @Test
    void aPagingValueThatIsNoNumberIsRefusedByName() {
        InvalidFieldsException refused = catchThrowableOfType(
                InvalidFieldsException.class, () -> ListParams.read(uri(Map.of("offset", List.of("ten")))));

        assertThat(refused.getErrors()).isEqualTo(Map.of("offset", List.of("A valid integer is required.")));
    }

    @Test
    void expandTakesCommaSeparatedPathsAndNamesEveryUnknownOne() {
        Set<String> expandable = Set.of("client", "items.voucher.product");

        assertThat(ExpandParams.read(uri(Map.of("expand", List.of("client, items.voucher.product", ""))), expandable))
                .containsExactly("client", "items.voucher.product");
        InvalidFieldsException refused = catchThrowableOfType(
                InvalidFieldsException.class,
                () -> ExpandParams.read(uri(Map.of("expand", List.of("client,items,nope"))), expandable));
        assertThat(refused.getErrors())
                .isEqualTo(Map.of("expand", List.of("Unknown field: items", "Unknown field: nope")));
    }

    private static UriInfo uri(Map<String, List<String>> parameters) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        parameters.forEach(query::put);
        return (UriInfo) Proxy.newProxyInstance(
                UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getQueryParameters")) {
                        return query;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
