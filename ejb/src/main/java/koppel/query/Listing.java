package koppel.query;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import koppel.common.FieldErrors;
import koppel.common.InvalidFieldsException;
import koppel.common.entity.TeamOwned;
import koppel.common.entity.Tracked;

/**
 * Lists one collection of a team as a {@link ListQuery} asks, filtering and ordering only by the
 * fields the collection declares (plus those every resource has). Anything else is refused by
 * name, all at once, before a query runs.
 */
public final class Listing<T extends Tracked> {

    private static final List<Field> COMMON = List.of(
            Field.id("id", "id"),
            Field.dateTime("created", "created"),
            Field.dateTime("last_modified", "lastModified"));
    private static final Field EXTERNAL_REFERENCE = Field.text("external_reference", "externalReference");

    /** Which rows a list may show at all, before any filter: a team's, or the teams a key may see. */
    @FunctionalInterface
    public interface Scope<T> {
        Predicate of(CriteriaBuilder cb, Root<T> root);

        static <T extends TeamOwned> Scope<T> team(UUID team) {
            return (cb, root) -> cb.equal(root.get("teamId"), team);
        }
    }

    private static final Map<String, String> COMPARISONS =
            Map.of("__lt", "lt", "__gt", "gt", "__lte", "le", "__gte", "ge");

    private final Class<T> type;
    private final Map<String, Field> fields = new LinkedHashMap<>();

    private Listing(Class<T> type, List<Field> declared) {
        this.type = type;
        Stream.concat(COMMON.stream(), declared.stream()).forEach(field -> fields.put(field.name(), field));
        if (TeamOwned.class.isAssignableFrom(type)) {
            fields.put(EXTERNAL_REFERENCE.name(), EXTERNAL_REFERENCE);
        }
    }

    public static <T extends Tracked> Listing<T> of(Class<T> type, Field... declared) {
        return new Listing<>(type, List.of(declared));
    }

    public Page<T> list(EntityManager em, Scope<T> scope, ListQuery query) {
        if (query.offset() < 0) {
            throw InvalidFieldsException.of("offset", "Ensure this value is greater than or equal to 0.");
        }
        if (query.limit() < 1) {
            throw InvalidFieldsException.of("limit", "Ensure this value is greater than or equal to 1.");
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> counting = cb.createQuery(Long.class);
        Root<T> counted = counting.from(type);
        counting.select(cb.count(counted)).where(where(cb, counted, scope, query));
        long count = em.createQuery(counting).getSingleResult();

        CriteriaQuery<T> selecting = cb.createQuery(type);
        Root<T> root = selecting.from(type);
        selecting.select(root).where(where(cb, root, scope, query)).orderBy(order(cb, root, query.ordering()));
        List<T> items = count == 0
                ? List.of()
                : em.createQuery(selecting)
                        .setFirstResult(query.offset())
                        .setMaxResults(query.limit())
                        .getResultList();
        return new Page<>(count, items, query.offset(), query.limit());
    }

    private Predicate[] where(CriteriaBuilder cb, Root<T> root, Scope<T> scope, ListQuery query) {
        List<Predicate> predicates = new ArrayList<>();
        predicates.add(scope.of(cb, root));
        FieldErrors errors = new FieldErrors();
        new TreeMap<>(query.filters())
                .forEach((name, text) -> filter(cb, root, name, text)
                        .ifPresentOrElse(predicates::add, () -> errors.add(name, problem(name, text))));
        errors.throwIfAny();
        return predicates.toArray(Predicate[]::new);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Optional<Predicate> filter(CriteriaBuilder cb, Root<T> root, String name, String text) {
        String suffix = suffixOf(name);
        Field field = fields.get(name.substring(0, name.length() - suffix.length()));
        if (field == null || !suffix.isEmpty() && !field.kind().comparable()) {
            return Optional.empty();
        }
        Path path = path(root, field.attribute());
        Optional<Object> value = field.kind().parse(text).flatMap(parsed -> convert(parsed, path.getJavaType()));
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Expression<Comparable> comparable = path;
        Comparable operand = (Comparable) value.get();
        return Optional.of(
                switch (COMPARISONS.getOrDefault(suffix, "eq")) {
                    case "lt" -> cb.lessThan(comparable, operand);
                    case "gt" -> cb.greaterThan(comparable, operand);
                    case "le" -> cb.lessThanOrEqualTo(comparable, operand);
                    case "ge" -> cb.greaterThanOrEqualTo(comparable, operand);
                    default -> cb.equal(path, operand);
                });
    }

    private String problem(String name, String text) {
        String suffix = suffixOf(name);
        Field field = fields.get(name.substring(0, name.length() - suffix.length()));
        if (field == null || !suffix.isEmpty() && !field.kind().comparable()) {
            return "Unknown filter.";
        }
        return field.kind().invalidMessage();
    }

    private static String suffixOf(String name) {
        return COMPARISONS.keySet().stream().filter(name::endsWith).findFirst().orElse("");
    }

    /** A number filter becomes the attribute's own number type, or nothing if it does not fit. */
    private static Optional<Object> convert(Object parsed, Class<?> attributeType) {
        if (!(parsed instanceof BigDecimal number)) {
            return Optional.of(parsed);
        }
        try {
            if (attributeType == Integer.class || attributeType == int.class) {
                return Optional.of(number.intValueExact());
            }
            if (attributeType == Long.class || attributeType == long.class) {
                return Optional.of(number.longValueExact());
            }
            return Optional.of(number);
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    private List<Order> order(CriteriaBuilder cb, Root<T> root, String ordering) {
        List<Order> orders = new ArrayList<>();
        if (ordering != null && !ordering.isEmpty()) {
            boolean descending = ordering.startsWith("-");
            Field field = fields.get(descending ? ordering.substring(1) : ordering);
            if (field == null) {
                throw InvalidFieldsException.of("ordering", "Unknown field: " + ordering + ".");
            }
            Path<?> path = path(root, field.attribute());
            orders.add(descending ? cb.desc(path) : cb.asc(path));
        }
        orders.add(cb.asc(root.get("created")));
        orders.add(cb.asc(root.get("id")));
        return orders;
    }

    /** The attribute's path, following dots through to-one associations ("user.username"). */
    private static <X> Path<X> path(Root<?> root, String attribute) {
        Path<?> path = root;
        for (String step : attribute.split("\\.")) {
            path = path.get(step);
        }
        @SuppressWarnings("unchecked")
        Path<X> typed = (Path<X>) path;
        return typed;
    }
}
