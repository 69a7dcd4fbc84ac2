package koppel.common;

import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public names of what callers send and receive. Every component of a record the API reads or
 * writes states its name with {@code @JsonbProperty}, so that renaming a Java component never
 * changes the API; the web module's tests check those names against the OpenAPI document. The
 * JSON writer, the reader and the validation messages all name fields through here.
 */
public final class ApiNames {

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
        }
    };

    private static final ClassValue<String[]> NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            return Arrays.stream(COMPONENTS.get(type)).map(ApiNames::of).toArray(String[]::new);
        }
    };

    private static final ClassValue<Map<String, RecordComponent>> BY_API_NAME = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> type) {
            return Arrays.stream(COMPONENTS.get(type)).collect(Collectors.toMap(ApiNames::of, Function.identity()));
        }
    };

    private ApiNames() {}

    /** The components of a record, in declaration order (cached: the JDK copies them on every call). */
    public static RecordComponent[] components(Class<?> record) {
        return COMPONENTS.get(record);
    }

    /** The public names of a record's components, in the order of {@link #components}. */
    public static String[] names(Class<?> record) {
        return NAMES.get(record);
    }

    /** The component's public name: its {@code @JsonbProperty}, else its Java name in snake_case. */
    public static String of(RecordComponent component) {
        JsonbProperty name = component.getAccessor().getAnnotation(JsonbProperty.class);
        return name != null ? name.value() : Texts.snakeCase(component.getName());
    }

    /** Whether the component's fields are shown as its record's own ({@link Inline}). */
    public static boolean isInline(RecordComponent component) {
        return component.isAnnotationPresent(Inline.class);
    }

    /** Whether the API shows the component but never reads it ({@link ReadOnly}). */
    public static boolean isReadOnly(RecordComponent component) {
        return component.isAnnotationPresent(ReadOnly.class);
    }

    /** Whether the component states its public name (every component of the API's records must). */
    public static boolean isExplicit(RecordComponent component) {
        return component.getAccessor().isAnnotationPresent(JsonbProperty.class);
    }

    /** The component of a record that has this public name. */
    public static Optional<RecordComponent> component(Class<?> record, String apiName) {
        return Optional.ofNullable(BY_API_NAME.get(record).get(apiName));
    }

    /** The component of a record that has this Java name. */
    public static Optional<RecordComponent> javaComponent(Class<?> type, String javaName) {
        return Arrays.stream(COMPONENTS.get(type))
                .filter(component -> component.getName().equals(javaName))
                .findFirst();
    }

    /** What one element of the component holds: the element type of a list, else the component's own type. */
    public static Class<?> elementType(RecordComponent component) {
        if (component.getGenericType() instanceof ParameterizedType generic
                && generic.getRawType() == java.util.List.class
                && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return component.getType();
    }

    /** The value of the component in this record. */
    public static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }
}
