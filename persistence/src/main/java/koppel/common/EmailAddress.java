package koppel.common;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The one e-mail rule, for every address anyone gives (a client's, a staff member's, a user's):
 * Bean Validation's {@code @Email}, a dot in the domain (as Django's validator asks, so
 * {@code name@localhost} is refused) and at most {@value #MAX_LENGTH} characters. Null is not
 * checked: say {@code @NotNull} where an address is required.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@ReportAsSingleViolation
@Email(regexp = EmailAddress.PATTERN)
@Size(max = EmailAddress.MAX_LENGTH)
public @interface EmailAddress {

    /** Something, an at sign, and a domain with a dot; no white space and no second at sign. */
    String PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    /** The longest address SMTP can carry (RFC 5321's path limit, less the angle brackets). */
    int MAX_LENGTH = 254;

    String message() default "Enter a valid email address.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
