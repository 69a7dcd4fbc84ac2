package koppel.api.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import koppel.apikey.entity.ResourceType;

/**
 * The API key access a resource needs: {@link #value()} for read on GET and HEAD, write on
 * anything else, and the team named by the {@code teamId} path parameter, if any. On a method it
 * overrides the class. A resource with neither this nor {@link Public} is refused to everyone.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Guarded {

    ResourceType value();

    /** When true, reading needs only a valid key (each key may always see its own teams). */
    boolean anyKeyReads() default false;

    /**
     * When true, the key must have been granted at least one team: for what belongs to the whole
     * installation (webhook integrations), which the permission on any of the key's teams opens.
     */
    boolean anyTeam() default false;

    /**
     * When true, the resource offers reading only: any valid key passes, whatever the method, so
     * that a write is told the method is not allowed (405) rather than forbidden (with
     * {@link #anyKeyReads}; the order of checks is permission, then method).
     */
    boolean readOnly() default false;
}
