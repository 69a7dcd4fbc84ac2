package koppel.webhook.entity;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of resource that raise events, by the name event types give them. */
public enum EventResource {
    TEAM("team"),
    CLIENT("client"),
    STAFF("staff"),
    PRODUCT("product"),
    SESSION_GROUP("session_group"),
    SESSION("session"),
    ORDER("order"),
    PAYMENT("payment"),
    CUSTOM_FIELD("custom_field");

    private final String apiName;

    EventResource(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static Optional<EventResource> byApiName(String apiName) {
        return Arrays.stream(values())
                .filter(type -> type.apiName.equals(apiName))
                .findFirst();
    }
}
