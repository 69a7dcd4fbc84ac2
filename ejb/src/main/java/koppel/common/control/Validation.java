package koppel.common.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import koppel.common.ApiNames;
import koppel.common.FieldErrors;
import koppel.common.Texts;

/**
 * Checks what a caller sent against its Bean Validation constraints and reports every broken one
 * at once, under the field's API name ({@code birthDate} is {@code birth_date}), in the API's
 * wording ({@link Wording}). This is how every facade checks input: the rules are constraints on
 * the records the facades take, never hand-written checks.
 */
@ApplicationScoped
public class Validation {

    @Inject
    private Validator validator;

    /** The data, when it keeps every rule; else an {@link koppel.common.InvalidFieldsException}. */
    public <T> T check(T data) {
        errors(data).throwIfAny();
        return data;
    }

    /**
     * The rules the data breaks (each object's fields are the caller's, side by side), for a facade
     * that adds its own (a name already taken) so that the caller learns of all of them at once.
     */
    public FieldErrors errors(Object... data) {
        return errorsBesides(new FieldErrors(), data);
    }

    /**
     * {@code known} (errors found before, such as fields of the wrong type), with the rules the data
     * breaks at the paths they do not name yet.
     */
    public FieldErrors errorsBesides(FieldErrors known, Object... data) {
        List<Broken> besides = Stream.of(data)
                .flatMap(each -> validator.validate(each).stream())
                .map(violation -> new Broken(
                        apiPath(violation.getRootBeanClass(), violation.getPropertyPath()), Wording.of(violation)))
                .sorted(Comparator.comparing((Broken broken) -> broken.path().toString())
                        .thenComparing(Broken::message))
                .filter(broken -> !known.names(broken.path()))
                .toList();
        besides.forEach(broken -> known.add(broken.path(), broken.message()));
        return known;
    }

    /**
     * The API's path to a property: the public names of the record components it goes through
     * ({@link ApiNames}; an inline value object's fields are its owner's), and list positions
     * where it goes through lists.
     */
    static List<Object> apiPath(Class<?> root, Path path) {
        List<Object> steps = new ArrayList<>();
        Class<?> type = root;
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                steps.add(node.getIndex());
            }
            if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                Optional<RecordComponent> component = ApiNames.javaComponent(type, node.getName());
                if (component.isEmpty() || !ApiNames.isInline(component.get())) {
                    steps.add(component.map(ApiNames::of).orElseGet(() -> Texts.snakeCase(node.getName())));
                }
                type = component.<Class<?>>map(ApiNames::elementType).orElse(Object.class);
            }
        }
        return steps;
    }

    private record Broken(List<Object> path, String message) {}
}
