package koppel.common.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import koppel.common.FieldErrors;
import koppel.common.Texts;

/**
 * Checks what a caller sent against its Bean Validation constraints and reports every broken one
 * at once, under the field's API name ({@code birthDate} is {@code birth_date}).
 */
@ApplicationScoped
public class Validation {

    @Inject
    private Validator validator;

    public <T> T check(T data) {
        Set<ConstraintViolation<T>> violations = validator.validate(data);
        FieldErrors errors = new FieldErrors();
        violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) ->
                                v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(violation -> errors.add(apiPath(violation.getPropertyPath()), violation.getMessage()));
        errors.throwIfAny();
        return data;
    }

    /** The API's path to a property: snake_case names, and list positions where the path goes through lists. */
    static List<Object> apiPath(Path path) {
        List<Object> steps = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                steps.add(node.getIndex());
            }
            if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                steps.add(Texts.snakeCase(node.getName()));
            }
        }
        return steps;
    }
}
