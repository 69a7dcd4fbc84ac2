package koppel.apikey.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import koppel.apikey.entity.ApiKey;

/**
 * A key as the list of keys shows it: the key, its owner's username and whether that user is
 * enabled (both read while the key was; a disabled user's keys do not work), and when and from
 * where it was last used.
 */
public record KeyOverview(ApiKey key, String owner, boolean ownerEnabled, Instant lastUsed, String lastUsedFrom)
        implements Serializable {

    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsed);
    }

    public Optional<String> lastUsedIp() {
        return Optional.ofNullable(lastUsedFrom);
    }
}
