package koppel.common.control;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The API's wording (Django REST framework's) for the standard constraints left with their default
 * message: "Ensure this field has no more than 100 characters." rather than the validator's "size
 * must be between 0 and 100". A constraint that says its own message keeps it. Written here, not in
 * a {@code ValidationMessages.properties}, because the words depend on the value ("characters" for
 * text, "elements" for a list; which of a decimal's limits is broken).
 */
final class Wording {

    static final String REQUIRED = "This field is required.";

    private Wording() {}

    /** Said of a value broken by a constraint the API has no words of its own for. */
    static final String INVALID = "Enter a valid value.";

    /**
     * The message for a broken constraint: its own, or the API's for a standard one. A message
     * left to a validator's bundle (any template in braces) never reaches a caller: the validator's
     * words are another product's ("must be a well-formed email address").
     */
    static String of(ConstraintViolation<?> violation) {
        if (!violation.getMessageTemplate().startsWith("{")) {
            return violation.getMessage();
        }
        return standard(violation.getConstraintDescriptor().getAnnotation(), violation.getInvalidValue())
                .orElse(INVALID);
    }

    /** The API's words for a standard constraint broken by this value; empty for one it has none for. */
    static Optional<String> standard(Annotation constraint, Object value) {
        if (constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty) {
            return Optional.of(REQUIRED);
        }
        if (constraint instanceof Size size) {
            return Optional.of(size(size, value));
        }
        if (constraint instanceof Email) {
            return Optional.of("Enter a valid email address.");
        }
        if (constraint instanceof Pattern
                || constraint instanceof AssertTrue
                || constraint instanceof AssertFalse
                || constraint instanceof Null) {
            return Optional.of(INVALID);
        }
        if (constraint instanceof Min min) {
            return Optional.of(atLeast(String.valueOf(min.value())));
        }
        if (constraint instanceof DecimalMin min) {
            return Optional.of(min.inclusive() ? atLeast(min.value()) : above(min.value()));
        }
        if (constraint instanceof Positive || constraint instanceof PositiveOrZero) {
            return Optional.of(constraint instanceof Positive ? above("0") : atLeast("0"));
        }
        if (constraint instanceof Negative || constraint instanceof NegativeOrZero) {
            return Optional.of(constraint instanceof Negative ? below("0") : atMost("0"));
        }
        if (constraint instanceof Max max) {
            return Optional.of(atMost(String.valueOf(max.value())));
        }
        if (constraint instanceof DecimalMax max) {
            return Optional.of(max.inclusive() ? atMost(max.value()) : below(max.value()));
        }
        if (constraint instanceof Digits digits) {
            return Optional.of(digits(digits, value));
        }
        if (constraint instanceof Past || constraint instanceof PastOrPresent) {
            return Optional.of(
                    constraint instanceof Past
                            ? "Ensure this date is in the past."
                            : "Ensure this date is not in the future.");
        }
        if (constraint instanceof Future || constraint instanceof FutureOrPresent) {
            return Optional.of(
                    constraint instanceof Future
                            ? "Ensure this date is in the future."
                            : "Ensure this date is not in the past.");
        }
        return Optional.empty();
    }

    private static String size(Size size, Object value) {
        String unit = value instanceof CharSequence ? "characters" : "elements";
        return length(value) < size.min()
                ? "Ensure this field has at least " + size.min() + " " + unit + "."
                : "Ensure this field has no more than " + size.max() + " " + unit + ".";
    }

    private static int length(Object value) {
        if (value instanceof CharSequence text) {
            return text.length();
        }
        if (value instanceof java.util.Collection<?> collection) {
            return collection.size();
        }
        if (value instanceof java.util.Map<?, ?> map) {
            return map.size();
        }
        return value != null && value.getClass().isArray() ? java.lang.reflect.Array.getLength(value) : 0;
    }

    private static String atLeast(String limit) {
        return "Ensure this value is greater than or equal to " + limit + ".";
    }

    private static String above(String limit) {
        return "Ensure this value is greater than " + limit + ".";
    }

    private static String below(String limit) {
        return "Ensure this value is less than " + limit + ".";
    }

    private static String atMost(String limit) {
        return "Ensure this value is less than or equal to " + limit + ".";
    }

    private static String digits(Digits digits, Object value) {
        if (value instanceof BigDecimal decimal
                && Math.max(decimal.stripTrailingZeros().scale(), 0) > digits.fraction()) {
            return "Ensure that there are no more than " + digits.fraction() + " decimal places.";
        }
        return "Ensure that there are no more than " + digits.integer() + " digits before the decimal point.";
    }
}
