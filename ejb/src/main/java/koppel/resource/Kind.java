package koppel.resource;

import java.util.UUID;
import java.util.function.BiConsumer;
import koppel.apikey.entity.ResourceType;
import koppel.common.entity.TeamOwned;
import koppel.query.Listing;

/**
 * What tells one collection of a team's resources from another: its entity and data record, its
 * resource type, what it is called in messages, how an entity is made and updated from its data,
 * and what its lists filter and order by.
 */
public record Kind<E extends TeamOwned, D extends Record>(
        Class<E> type,
        Class<D> dataType,
        ResourceType resourceType,
        String singular,
        Maker<E, D> maker,
        BiConsumer<E, D> updater,
        Listing<E> listing) {

    /** Makes an entity with a given id, for a team, from its data. */
    @FunctionalInterface
    public interface Maker<E, D> {
        E make(UUID id, UUID team, D data);
    }
}
