package koppel.ticketing.provider;

import koppel.ticketing.entity.RemoteStatus;

/** An event as a ticketing system answered it: its id there, its status, and its sales (null: not said). */
public record RemoteEvent(String id, RemoteStatus status, Integer sold, Integer available) {}
