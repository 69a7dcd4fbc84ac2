package koppel.common.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of a resource's data that holds the id (or ids) of other resources of the
 * same team: shown as ids, and expandable into the resources themselves ({@code expand=staff}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Refers {

    Class<? extends TeamOwned> value();
}
