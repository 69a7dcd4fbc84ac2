package koppel.source.type;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import koppel.external.ExternalException;

/**
 * Talks to one third-party service for one configuration. Failures are {@link ExternalException}s
 * whose message an administrator can act on; a record the service refuses is {@code REFUSED}.
 */
public interface SourceConnection {

    /** Checks that the service answers and takes the credentials. */
    void verify() throws ExternalException;

    /**
     * The records of the data type changed after {@code since} (all of them when empty), oldest
     * change first, with these fields; {@code next} continues a page before.
     */
    RemotePage changed(String dataType, Set<String> fields, Optional<Instant> since, Optional<String> next)
            throws ExternalException;

    /** The keys (in {@link RemoteRecord#key()}) of the records deleted after {@code since}. */
    RemotePage deleted(String dataType, Optional<Instant> since, Optional<String> next) throws ExternalException;

    /**
     * Creates or updates the record of Koppel's {@code koppelId} with these field values (a null
     * value clears the field); by {@code remoteKey} when Koppel knows it. Its key at the third party.
     */
    String upsert(String dataType, Optional<String> remoteKey, UUID koppelId, Map<String, String> values)
            throws ExternalException;

    /** Deletes the record; one that is gone already is no failure. */
    void delete(String dataType, Optional<String> remoteKey, UUID koppelId) throws ExternalException;
}
