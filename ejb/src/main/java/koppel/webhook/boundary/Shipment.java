package koppel.webhook.boundary;

import java.util.Map;

/** A claimed delivery ready to post: where, the signed headers, and the body they sign. */
public record Shipment(String url, Map<String, String> headers, String body) {}
