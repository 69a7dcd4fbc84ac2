package koppel.apikey.entity;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of data an API key can be granted access to, named as the API names them. */
public enum ResourceType {
    TEAMS("teams"),
    CLIENTS("clients"),
    STAFF("staff"),
    PRODUCTS("products"),
    SESSION_GROUPS("session_groups"),
    SESSIONS("sessions"),
    ORDERS("orders"),
    PAYMENTS("payments"),
    CUSTOM_FIELDS("custom_fields"),
    WEBHOOKS("webhooks");

    private final String apiName;

    ResourceType(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static Optional<ResourceType> byApiName(String apiName) {
        return Arrays.stream(values())
                .filter(type -> type.apiName.equals(apiName))
                .findFirst();
    }
}
