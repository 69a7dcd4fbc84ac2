package koppel.query;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.Metamodel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import koppel.common.FieldErrors;
import koppel.common.entity.TeamOwned;
import koppel.common.entity.Tracked;

/**
 * Lists one collection of a team as a {@link ListQuery} asks, filtering and ordering only by the
 * fields the collection declares (plus those every resource has). Anything else is refused by
 * name, all at once, before a query runs.
 *
 * <p>The queries are JPQL text made only of declared attribute names, with every value a
 * parameter: Hibernate caches the plan of a query text, while it translates a criteria query
 * anew each time (a tenth of a list request's time, BENCHMARKS.md). The count query runs only
 * when the page alone cannot tell the total.
 */
public final class Listing<T extends Tracked> {

    private static final List<Field> COMMON = List.of(
            Field.id("id", "id"),
            Field.dateTime("created", "created"),
            Field.dateTime("last_modified", "lastModified"));
    private static final Field EXTERNAL_REFERENCE = Field.text("external_reference", "externalReference");

    /**
     * Which rows a list may show at all, before any filter: every row, a team's, or those among
     * some ids (the teams a key may see). A JPQL condition on {@code e} with one parameter, {@code
     * :scope}, or none.
     */
    public record Scope(String condition, Object value) {

        public static Scope all() {
            return new Scope("", null);
        }

        public static Scope team(UUID team) {
            return new Scope("e.teamId = :scope", team);
        }

        public static Scope ids(Collection<UUID> ids) {
            return new Scope("e.id IN :scope", ids);
        }

        /** This scope narrowed by a fixed condition on {@code e}, one written in code, never from a request. */
        public Scope and(String fixedCondition) {
            return new Scope(condition.isEmpty() ? fixedCondition : condition + " AND " + fixedCondition, value);
        }
    }

    private static final Map<String, String> COMPARISONS =
            Map.of("__lt", "<", "__gt", ">", "__lte", "<=", "__gte", ">=");

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

    public Page<T> list(EntityManager em, Scope scope, ListQuery query) {
        FieldErrors errors = query.checkWindow(new FieldErrors());
        Metamodel metamodel = em.getMetamodel();
        Map<String, Object> parameters = new LinkedHashMap<>();
        String from =
                " FROM " + metamodel.entity(type).getName() + " e" + where(metamodel, scope, query, parameters, errors);
        String orderBy = orderBy(query.ordering(), errors);
        errors.throwIfAny(); // every mistake of the query string at once

        TypedQuery<T> selecting = em.createQuery("SELECT e" + from + orderBy, type);
        parameters.forEach(selecting::setParameter);
        List<T> items = selecting
                .setFirstResult(query.offset())
                .setMaxResults(query.limit())
                .getResultList();
        if (!items.isEmpty() && items.size() < query.limit() || items.isEmpty() && query.offset() == 0) {
            return new Page<>(query.offset() + items.size(), items, query.offset(), query.limit());
        }
        TypedQuery<Long> counting = em.createQuery("SELECT COUNT(e)" + from, Long.class);
        parameters.forEach(counting::setParameter);
        return new Page<>(counting.getSingleResult(), items, query.offset(), query.limit());
    }

    private String where(
            Metamodel metamodel, Scope scope, ListQuery query, Map<String, Object> parameters, FieldErrors errors) {
        List<String> conditions = new ArrayList<>();
        if (!scope.condition().isEmpty()) {
            conditions.add(scope.condition());
        }
        if (scope.value() != null) {
            parameters.put("scope", scope.value());
        }
        new TreeMap<>(query.filters()).forEach((name, text) -> {
            Optional<Field> field = field(name);
            Optional<Object> value = field.flatMap(declared -> value(metamodel, declared, text));
            if (value.isEmpty()) {
                errors.add(
                        name,
                        field.map(declared -> declared.kind().invalidMessage()).orElse("Unknown filter."));
                return;
            }
            String parameter = "p" + parameters.size();
            conditions.add("e." + field.get().attribute() + " " + COMPARISONS.getOrDefault(suffixOf(name), "=") + " :"
                    + parameter);
            parameters.put(parameter, value.get());
        });
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The filter's text as its attribute's type; empty when it does not parse or does not fit. */
    private Optional<Object> value(Metamodel metamodel, Field field, String text) {
        Class<?> attributeType = javaType(metamodel, type, field.attribute());
        return field.kind().parse(text).flatMap(parsed -> convert(parsed, attributeType));
    }

    /** The declared field a filter names, if it may be used with its suffix. */
    private Optional<Field> field(String name) {
        String suffix = suffixOf(name);
        Field field = fields.get(name.substring(0, name.length() - suffix.length()));
        if (field == null || !suffix.isEmpty() && !field.kind().comparable()) {
            return Optional.empty();
        }
        return Optional.of(field);
    }

    private static String suffixOf(String name) {
        return COMPARISONS.keySet().stream().filter(name::endsWith).findFirst().orElse("");
    }

    /** The Java type of an attribute, following dots through to-one associations and embeddables. */
    private static Class<?> javaType(Metamodel metamodel, Class<?> type, String attribute) {
        Class<?> current = type;
        for (String step : attribute.split("\\.")) {
            ManagedType<?> managed = metamodel.managedType(current);
            current = managed.getAttribute(step).getJavaType();
        }
        return current;
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

    /** The requested order (a declared field, "-" first for descending), then creation and id, so that pages never overlap. */
    private String orderBy(String ordering, FieldErrors errors) {
        String order = " ORDER BY ";
        if (ordering != null && !ordering.isEmpty()) {
            boolean descending = ordering.startsWith("-");
            Field field = fields.get(descending ? ordering.substring(1) : ordering);
            if (field == null) {
                errors.add("ordering", "Unknown field: " + ordering + ".");
            } else {
                order += "e." + field.attribute() + (descending ? " DESC, " : " ASC, ");
            }
        }
        return order + "e.created ASC, e.id ASC";
    }
}
