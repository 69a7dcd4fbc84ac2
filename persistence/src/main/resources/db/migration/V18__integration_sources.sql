-- Integration sources (a third-party service such as Salesforce): the authorizations Koppel holds
-- for them, source configurations with their data types and field mappings, the integrations that
-- serve a team from a configuration, and their sync state and log. Portable SQL: H2 and PostgreSQL.

-- Credentials for a third-party service; secret values are stored encrypted (AES-GCM).
CREATE TABLE source_authorizations (
    id            UUID                     NOT NULL PRIMARY KEY,
    name          VARCHAR(100)             NOT NULL,
    name_key      VARCHAR(400)             NOT NULL,
    kind          VARCHAR(32)              NOT NULL,
    settings      VARCHAR(8000)            NOT NULL,
    created       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_modified TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL,
    CONSTRAINT source_authorizations_name_key_unique UNIQUE (name_key)
);

-- A source type with an authorization and the type's own settings.
CREATE TABLE source_configurations (
    id               UUID                     NOT NULL PRIMARY KEY,
    name             VARCHAR(100)             NOT NULL,
    name_key         VARCHAR(400)             NOT NULL,
    source_type      VARCHAR(64)              NOT NULL,
    authorization_id UUID REFERENCES source_authorizations (id),
    settings         VARCHAR(8000)            NOT NULL,
    created          TIMESTAMP WITH TIME ZONE NOT NULL,
    last_modified    TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL,
    CONSTRAINT source_configurations_name_key_unique UNIQUE (name_key)
);

-- The data types a configuration transfers, each with its field mapping (JSON) and whether it is
-- activated (only a valid mapping may be).
CREATE TABLE source_data_types (
    configuration_id UUID         NOT NULL REFERENCES source_configurations (id) ON DELETE CASCADE,
    data_type        VARCHAR(64)  NOT NULL,
    mapping          VARCHAR(8000) NOT NULL,
    activated        BOOLEAN      NOT NULL,
    PRIMARY KEY (configuration_id, data_type)
);

-- An integration: a configuration serving one team.
CREATE TABLE source_integrations (
    id                   UUID                     NOT NULL PRIMARY KEY,
    configuration_id     UUID                     NOT NULL REFERENCES source_configurations (id),
    team_id              UUID                     NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    status               VARCHAR(16)              NOT NULL,
    failures             INTEGER                  NOT NULL,
    status_reason        VARCHAR(1000),
    claimed_until        TIMESTAMP WITH TIME ZONE,
    next_pull            TIMESTAMP WITH TIME ZONE,
    created              TIMESTAMP WITH TIME ZONE NOT NULL,
    last_modified        TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT                   NOT NULL,
    CONSTRAINT source_integrations_unique UNIQUE (configuration_id, team_id)
);

-- The update types (created, updated, deleted) an integration takes per data type, and how far
-- its pulls have come (the third party's modification time of the last change applied).
CREATE TABLE source_subscriptions (
    integration_id UUID                     NOT NULL REFERENCES source_integrations (id) ON DELETE CASCADE,
    data_type      VARCHAR(64)              NOT NULL,
    on_created     BOOLEAN                  NOT NULL,
    on_updated     BOOLEAN                  NOT NULL,
    on_deleted     BOOLEAN                  NOT NULL,
    pulled_until   TIMESTAMP WITH TIME ZONE,
    initial_done   BOOLEAN                  NOT NULL,
    PRIMARY KEY (integration_id, data_type)
);

-- Where an integration's alert goes when it deactivates itself.
CREATE TABLE source_alert_addresses (
    integration_id UUID         NOT NULL REFERENCES source_integrations (id) ON DELETE CASCADE,
    address        VARCHAR(254) NOT NULL,
    PRIMARY KEY (integration_id, address)
);

-- Which Koppel record is which third-party record, per integration and data type.
CREATE TABLE source_records (
    integration_id UUID                     NOT NULL REFERENCES source_integrations (id) ON DELETE CASCADE,
    data_type      VARCHAR(64)              NOT NULL,
    record_id      UUID                     NOT NULL,
    remote_key     VARCHAR(255),
    remote_modified TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (integration_id, data_type, record_id)
);
CREATE INDEX source_records_remote ON source_records (integration_id, data_type, remote_key);

-- Koppel changes waiting to go to the third party: the latest per record.
CREATE TABLE source_changes (
    integration_id UUID                     NOT NULL REFERENCES source_integrations (id) ON DELETE CASCADE,
    data_type      VARCHAR(64)              NOT NULL,
    record_id      UUID                     NOT NULL,
    action         VARCHAR(16)              NOT NULL,
    remote_key     VARCHAR(255),
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    failures       INTEGER                  NOT NULL,
    PRIMARY KEY (integration_id, data_type, record_id)
);
CREATE INDEX source_changes_due ON source_changes (due_at);

-- Every run (initial sync, pull, push, dry run) of an integration, kept 30 days, and what it
-- skipped or, for a dry run, would change.
CREATE TABLE source_runs (
    id             UUID                     NOT NULL PRIMARY KEY,
    integration_id UUID                     NOT NULL REFERENCES source_integrations (id) ON DELETE CASCADE,
    kind           VARCHAR(16)              NOT NULL,
    trigger_name   VARCHAR(16)              NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome        VARCHAR(16)              NOT NULL,
    read_count     INTEGER                  NOT NULL,
    created_count  INTEGER                  NOT NULL,
    updated_count  INTEGER                  NOT NULL,
    deleted_count  INTEGER                  NOT NULL,
    sent_count     INTEGER                  NOT NULL,
    skipped_count  INTEGER                  NOT NULL,
    message        VARCHAR(1000)
);
CREATE INDEX source_runs_integration ON source_runs (integration_id, started_at);
CREATE INDEX source_runs_started ON source_runs (started_at);

CREATE TABLE source_run_entries (
    id         UUID          NOT NULL PRIMARY KEY,
    run_id     UUID          NOT NULL REFERENCES source_runs (id) ON DELETE CASCADE,
    position   INTEGER       NOT NULL,
    record_key VARCHAR(255),
    message    VARCHAR(1000) NOT NULL
);
CREATE INDEX source_run_entries_run ON source_run_entries (run_id, position);

-- Changes an integration applied are its own: never sent back to it.
ALTER TABLE webhook_events ADD COLUMN actor_source UUID;
