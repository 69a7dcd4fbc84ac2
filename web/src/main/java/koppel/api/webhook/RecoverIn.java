package koppel.api.webhook;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;

/** What a recovery asks for: everything since this moment. */
public record RecoverIn(@JsonbProperty("since") Instant since) {}
