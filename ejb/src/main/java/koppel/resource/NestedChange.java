package koppel.resource;

import java.util.UUID;
import koppel.webhook.entity.EventAction;
import koppel.webhook.entity.EventResource;

/** A resource inside another (a payment in an order) that a write of the outer one changed. */
public record NestedChange(EventResource resource, EventAction action, UUID id, String externalReference) {}
