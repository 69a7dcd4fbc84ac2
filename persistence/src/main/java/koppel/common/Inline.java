package koppel.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of a resource's data that is a value object (such as {@link koppel.common.entity.Contact}) whose
 * fields the API shows as the resource's own: {@code first_name}, not {@code contact.first_name}.
 * Such a value object holds plain values, never references to other resources.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Inline {}
