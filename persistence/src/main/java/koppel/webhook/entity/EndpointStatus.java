package koppel.webhook.entity;

/** An endpoint's health as the API names it. */
public enum EndpointStatus {
    ENABLED("enabled"),
    FAILING("failing"),
    DISABLED("disabled");

    private final String apiName;

    EndpointStatus(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
