package koppel.apikey.entity;

import java.util.Arrays;
import java.util.Optional;

/** How far a key may go with one resource type; write implies read. */
public enum Access {
    NONE,
    READ,
    WRITE;

    public boolean allows(Access needed) {
        return compareTo(needed) >= 0;
    }

    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Access> byApiName(String apiName) {
        return Arrays.stream(values())
                .filter(access -> access.apiName().equals(apiName))
                .findFirst();
    }
}
