package koppel.apikey.boundary;

import java.time.Instant;
import java.util.Optional;
import koppel.apikey.entity.ApiKey;

/** A key as the list of keys shows it, with when and from where it was last used. */
public record KeyOverview(ApiKey key, Optional<Instant> lastUsedAt, Optional<String> lastUsedIp) {}
