package koppel.api.webhook;

import jakarta.json.bind.annotation.JsonbProperty;

/** How many deliveries a recovery queued. */
public record RecoverOut(@JsonbProperty("queued") int queued) {}
