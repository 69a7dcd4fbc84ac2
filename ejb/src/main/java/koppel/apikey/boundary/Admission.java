package koppel.apikey.boundary;

import koppel.apikey.entity.Throttling;

/** A valid key's request: who makes it, and whether the throttle lets it through. */
public record Admission(ApiCaller caller, Throttling throttling) {}
