package koppel.common.entity;

/** Gives an entity built in a unit test the times that storing it would give it. */
public final class Stored {

    private Stored() {}

    public static <T extends Tracked> T stored(T entity) {
        entity.onCreate();
        return entity;
    }
}
