package koppel.common.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import koppel.common.InvalidFieldsException;

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
        if (!violations.isEmpty()) {
            Map<String, List<String>> errors = new TreeMap<>();
            for (ConstraintViolation<T> violation : violations) {
                errors.computeIfAbsent(apiName(violation.getPropertyPath()), field -> new ArrayList<>())
                        .add(violation.getMessage());
            }
            errors.values().forEach(messages -> messages.sort(null));
            throw new InvalidFieldsException(new TreeMap<>(errors));
        }
        return data;
    }

    static String apiName(Path path) {
        String name = "non_field_errors";
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
