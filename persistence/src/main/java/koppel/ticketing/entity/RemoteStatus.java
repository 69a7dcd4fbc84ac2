package koppel.ticketing.entity;

import java.util.Locale;

/**
 * Where an event stands in the ticketing system, in the API's words: Koppel changes an event only
 * while it is a draft there; once published (on sale) its settings are the ticketing system's.
 */
public enum RemoteStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
