package koppel.common;

import java.util.Optional;
import java.util.UUID;

/** UUIDs as callers write them: the 36-character form only (Java alone would accept "1-1-1-1-1"). */
public final class Ids {

    /** Said of an id a caller chose that is not a random (version 4) UUID. */
    public static final String NOT_VERSION_4 = "Must be a valid UUID version 4.";

    private Ids() {}

    /**
     * Whether the id is a random UUID (version 4, IETF variant), as every id Koppel makes is. Ids a
     * caller chooses must be too: the nil UUID or a time-based one would be guessable, and
     * clients of other systems assume ids of one kind.
     */
    public static boolean isVersion4(UUID id) {
        return id.version() == 4 && id.variant() == 2;
    }

    public static Optional<UUID> parse(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
