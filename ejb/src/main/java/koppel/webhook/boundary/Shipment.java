package koppel.webhook.boundary;

import koppel.webhook.control.Poster.Parcel;

/**
 * A claimed delivery ready to post: where, the signed headers, and the body they sign; and whether
 * the endpoint's health is current already (no failure, a success within the last second), so that
 * a success need not be written to it again.
 */
public record Shipment(Parcel parcel, boolean healthCurrent) {}
