package koppel.common;

import java.util.Optional;
import java.util.UUID;

/** UUIDs as callers write them: the 36-character form only (Java alone would accept "1-1-1-1-1"). */
public final class Ids {

    private Ids() {}

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
