package koppel.webhook.boundary;

import koppel.webhook.control.Poster.Parcel;

/**
 * A claimed delivery ready to post: where, the signed headers, and the body they sign; whether the
 * endpoint's health is current already (no failure, a success within the last second), so that a
 * success need not be written to it again; and whether it is a test event (a ping), which is never
 * retried and leaves the endpoint's health alone, however it was sent.
 */
public record Shipment(Parcel parcel, boolean healthCurrent, boolean ping) {}
