package koppel.apikey.boundary;

import java.time.Instant;
import java.util.Optional;
import koppel.apikey.entity.ApiKey;

/**
 * A key as the list of keys shows it: the key, its owner's username (read while the key was), and
 * when and from where it was last used.
 */
public record KeyOverview(ApiKey key, String owner, Optional<Instant> lastUsedAt, Optional<String> lastUsedIp) {}
