package koppel.ticketing.provider;

import koppel.external.ExternalException;

/**
 * One ticketing system as a link reaches it. Every method is one exchange (or a few) with the
 * system, made outside any transaction; each fails with a {@link ExternalException} that says
 * what went wrong in the system's own words.
 */
public interface TicketingSystem {

    /** Makes a real signed call; on success, what was confirmed, in a sentence. */
    String verify() throws ExternalException;

    /** Creates the session group's event, as a draft. */
    RemoteEvent create(EventDraft draft) throws ExternalException;

    /** The event as it stands, with its sales; {@link ExternalException.Reason#NOT_FOUND} when gone. */
    RemoteEvent fetch(String remoteId) throws ExternalException;

    /** Changes a draft event's settings (the caller has checked it is still a draft). */
    RemoteEvent update(String remoteId, EventDraft draft) throws ExternalException;

    /** Cancels a draft event (the caller has checked it is still a draft). */
    RemoteEvent cancel(String remoteId) throws ExternalException;
}
