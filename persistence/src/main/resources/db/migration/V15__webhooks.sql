-- Webhooks. An integration of the whole installation owns endpoints in teams; every change writes
-- an event into the outbox in its own transaction; the event fans out into one delivery per
-- matching endpoint, and every try of a delivery is an immutable attempt row.

CREATE TABLE webhook_integrations (
    id            UUID                     NOT NULL PRIMARY KEY,
    name          VARCHAR(100)             NOT NULL,
    name_key      VARCHAR(400)             NOT NULL,
    description   VARCHAR(1000),
    alert_emails  VARCHAR(4000)            NOT NULL,
    created       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_modified TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL,
    CONSTRAINT webhook_integrations_name_key_unique UNIQUE (name_key)
);

-- A key that acted for a deleted integration acts for none. Before this version no integration
-- existed, so no key can have been linked to one.
UPDATE api_keys SET webhook_integration_id = NULL;
ALTER TABLE api_keys
    ADD CONSTRAINT api_keys_webhook_integration FOREIGN KEY (webhook_integration_id) REFERENCES webhook_integrations (id) ON DELETE SET NULL;

-- team_id has no foreign key on purpose: a deleted team's endpoints still receive its
-- team.deleted event, and the retention purge removes them afterwards.
CREATE TABLE webhook_endpoints (
    id                    UUID                     NOT NULL PRIMARY KEY,
    team_id               UUID                     NOT NULL,
    integration_id        UUID                     NOT NULL REFERENCES webhook_integrations (id) ON DELETE CASCADE,
    url                   VARCHAR(2000)            NOT NULL,
    description           VARCHAR(1000),
    event_types           VARCHAR(4000)            NOT NULL,
    enabled               BOOLEAN                  NOT NULL,
    max_rate              INTEGER,
    exclude_own_changes   BOOLEAN                  NOT NULL,
    secret                VARCHAR(500)             NOT NULL,
    previous_secret       VARCHAR(500),
    previous_secret_until TIMESTAMP WITH TIME ZONE,
    failing_since         TIMESTAMP WITH TIME ZONE,
    disabled_reason       VARCHAR(200),
    disabled_at           TIMESTAMP WITH TIME ZONE,
    last_success          TIMESTAMP WITH TIME ZONE,
    alert_stage           INTEGER                  NOT NULL,
    created               TIMESTAMP WITH TIME ZONE NOT NULL,
    last_modified         TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT                   NOT NULL
);

CREATE INDEX webhook_endpoints_team ON webhook_endpoints (team_id, created, id);

-- The outbox: written in the transaction of the change it reports.
CREATE TABLE webhook_events (
    id                 UUID                     NOT NULL PRIMARY KEY,
    type               VARCHAR(40)              NOT NULL,
    team_id            UUID                     NOT NULL,
    resource_type      VARCHAR(32)              NOT NULL,
    resource_id        UUID                     NOT NULL,
    external_reference VARCHAR(255),
    link_path          VARCHAR(300)             NOT NULL,
    actor_key          UUID,
    actor_integration  UUID,
    actor_user         UUID,
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    dispatched         BOOLEAN                  NOT NULL
);

CREATE INDEX webhook_events_undispatched ON webhook_events (dispatched, occurred_at);

CREATE TABLE webhook_deliveries (
    id              UUID                     NOT NULL PRIMARY KEY,
    event_id        UUID                     NOT NULL REFERENCES webhook_events (id) ON DELETE CASCADE,
    endpoint_id     UUID                     NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    status          VARCHAR(16)              NOT NULL,
    attempt_count   INTEGER                  NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    queued_at       TIMESTAMP WITH TIME ZONE,
    created         TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT webhook_deliveries_once UNIQUE (event_id, endpoint_id)
);

CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, created, id);

CREATE TABLE webhook_attempts (
    id           UUID                     NOT NULL PRIMARY KEY,
    delivery_id  UUID                     NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_ms  BIGINT                   NOT NULL,
    status_code  INTEGER,
    response     VARCHAR(4096),
    error        VARCHAR(1000),
    trigger_kind VARCHAR(16)              NOT NULL
);

CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, attempted_at);

-- What the integration's alert addresses were told (or would have been, without mail configured).
CREATE TABLE webhook_alerts (
    id          UUID                     NOT NULL PRIMARY KEY,
    endpoint_id UUID                     NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    kind        VARCHAR(16)              NOT NULL,
    recipients  VARCHAR(4000)            NOT NULL,
    sent        BOOLEAN                  NOT NULL,
    error       VARCHAR(1000),
    created     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX webhook_alerts_endpoint ON webhook_alerts (endpoint_id, created);
