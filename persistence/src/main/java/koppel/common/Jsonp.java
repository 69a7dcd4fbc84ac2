package koppel.common;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once: every {@code Json.createXxx} call looks it up again through
 * the service loader, which costs more than the JSON it then builds.
 */
public final class Jsonp {

    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsonp() {}
}
