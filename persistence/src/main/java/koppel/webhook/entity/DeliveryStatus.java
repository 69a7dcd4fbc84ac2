package koppel.webhook.entity;

/** Where a delivery stands, as the API names it. */
public enum DeliveryStatus {
    /** Waiting for its next attempt (the first, or a retry). */
    PENDING("pending"),
    DELIVERED("delivered"),
    /** Every attempt of the schedule failed, or the endpoint was disabled. */
    FAILED("failed");

    private final String apiName;

    DeliveryStatus(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
