package koppel.webhook.entity;

/** What happened to a resource, by the name event types give it. */
public enum EventAction {
    CREATED("created"),
    UPDATED("updated"),
    DELETED("deleted");

    private final String apiName;

    EventAction(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
