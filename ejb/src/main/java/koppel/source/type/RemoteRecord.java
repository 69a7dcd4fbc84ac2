package koppel.source.type;

import java.time.Instant;
import java.util.Map;

/**
 * A record of the third party as a pull reads it: its key, when it last changed there, and its
 * mapped fields as text (absent: not set there).
 *
 * @param koppelId the Koppel id the third party keeps for it (its external id field), if any
 */
public record RemoteRecord(String key, Instant modified, Map<String, String> values, String koppelId) {}
