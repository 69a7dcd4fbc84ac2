package koppel.webhook.boundary;

import java.util.Map;

/**
 * A claimed delivery ready to post: where, the signed headers, and the body they sign; and whether
 * the endpoint's health is current already (no failure, a success within the last second), so that
 * a success need not be written to it again.
 */
public record Shipment(String url, Map<String, String> headers, String body, boolean healthCurrent) {}
