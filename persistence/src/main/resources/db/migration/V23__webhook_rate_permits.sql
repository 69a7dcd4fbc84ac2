-- Each endpoint's deliveries in its latest epoch second, for the whole cluster: an instance takes
-- permits here (a few at a time) before it posts to an endpoint with a max_rate, so that the rate
-- holds across instances. A row per endpoint, made with it (and here for those there are).
CREATE TABLE webhook_rate_permits (
    endpoint_id   UUID    PRIMARY KEY REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    permit_second BIGINT  NOT NULL DEFAULT 0,
    permits_taken INTEGER NOT NULL DEFAULT 0
);
INSERT INTO webhook_rate_permits (endpoint_id) SELECT id FROM webhook_endpoints;
