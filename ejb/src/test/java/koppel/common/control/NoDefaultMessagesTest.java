package koppel.common.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.hibernate.validator.constraints.Length;
import org.hibernate.validator.constraints.Range;
import org.junit.jupiter.api.Test;

/**
 * No answer may carry a validator's own message ("must be a well-formed email address", "size must
 * be between 0 and 5000"): every standard constraint has the API's words, and any other constraint
 * left with a bundle message gets the API's generic one. Fails when a new Bean Validation version
 * adds a constraint that {@link Wording} does not know yet.
 */
class NoDefaultMessagesTest {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void everyStandardConstraintHasTheApisWords() throws IOException, URISyntaxException {
        List<Class<? extends Annotation>> constraints = standardConstraints();
        assertThat(constraints).hasSizeGreaterThanOrEqualTo(22);

        for (Class<? extends Annotation> type : constraints) {
            Annotation constraint = withDefaults(type);
            for (Object value : List.of("x", 5, new BigDecimal("-5"), List.of(1))) {
                assertThat(Wording.standard(constraint, value))
                        .as(type.getSimpleName())
                        .hasValueSatisfying(NoDefaultMessagesTest::apiWords);
            }
        }
    }

    @Test
    void aConstraintLeftWithABundleMessageNeverShowsIt() {
        for (ConstraintViolation<Foreign> violation : VALIDATOR.validate(new Foreign("far too long", 99, null))) {
            assertThat(violation.getMessage()).as("the validator's own words").doesNotStartWith("Ensure");
            apiWords(Wording.of(violation));
        }
        assertThat(VALIDATOR.validate(new Foreign("far too long", 99, null))).hasSize(3);
    }

    @Test
    void aMessageTheRuleStatesItselfIsKept() {
        ConstraintViolation<Own> violation =
                VALIDATOR.validate(new Own(null)).iterator().next();

        assertThat(Wording.of(violation)).isEqualTo("Name the thing.");
    }

    /** The API's sentences: capitalised, ending with a full stop, none of a validator's phrasing. */
    private static void apiWords(String message) {
        assertThat(message)
                .matches("[A-Z].*\\.")
                .doesNotContain("must be")
                .doesNotContain("must match")
                .doesNotContain("size must")
                .doesNotContain("{");
    }

    private record Foreign(
            @Length(max = 3) String code,
            @Range(min = 1, max = 10) Integer level,
            @NotNull String name) {}

    private record Own(@NotNull(message = "Name the thing.") String name) {}

    /** Every annotation type of {@code jakarta.validation.constraints}, read from the API's jar. */
    @SuppressWarnings("unchecked")
    private static List<Class<? extends Annotation>> standardConstraints() throws IOException, URISyntaxException {
        Path jar = Path.of(NotNull.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<? extends Annotation>> types = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.matches("jakarta/validation/constraints/[A-Za-z]+\\.class")) {
                    Class<?> type = Class.forName(
                            name.replace('/', '.').replace(".class", ""), false, NotNull.class.getClassLoader());
                    if (type.isAnnotationPresent(Constraint.class)) {
                        types.add((Class<? extends Annotation>) type);
                    }
                }
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return types;
    }

    /** An instance of the constraint with its defaults, and a limit of 1 where it has none. */
    private static Annotation withDefaults(Class<? extends Annotation> type) {
        return (Annotation) Proxy.newProxyInstance(
                type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return type;
                    }
                    if (method.getName().equals("toString")) {
                        return "@" + type.getSimpleName();
                    }
                    if (method.getName().equals("hashCode")) {
                        return type.hashCode();
                    }
                    if (method.getName().equals("equals")) {
                        return proxy == args[0];
                    }
                    return valueOf(method);
                });
    }

    private static Object valueOf(Method method) {
        if (method.getDefaultValue() != null) {
            return method.getDefaultValue();
        }
        Class<?> type = method.getReturnType();
        if (type == long.class) {
            return 1L;
        }
        if (type == int.class) {
            return 1;
        }
        if (type == String.class) {
            return method.getName().equals("regexp") ? "x" : "1";
        }
        throw new IllegalStateException("No value for " + method);
    }
}
