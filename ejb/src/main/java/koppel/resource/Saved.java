package koppel.resource;

/** A resource after a PUT, and whether the PUT created it (201) or replaced it (200). */
public record Saved<T>(T resource, boolean created) {

    public static <T> Saved<T> created(T resource) {
        return new Saved<>(resource, true);
    }

    public static <T> Saved<T> updated(T resource) {
        return new Saved<>(resource, false);
    }
}
