-- API keys: only a SHA-256 digest of each key is stored; the prefix finds the row, the digest proves the key.
-- A rolled key keeps its previous prefix and digest until previous_valid_until.

CREATE TABLE api_keys (
    id                      UUID                     NOT NULL PRIMARY KEY,
    user_id                 UUID                     NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name                    VARCHAR(100)             NOT NULL,
    description             VARCHAR(1000),
    prefix                  VARCHAR(16)              NOT NULL,
    digest                  VARCHAR(64)              NOT NULL,
    previous_prefix         VARCHAR(16),
    previous_digest         VARCHAR(64),
    previous_valid_until    TIMESTAMP WITH TIME ZONE,
    expires_at              TIMESTAMP WITH TIME ZONE,
    rate_per_second         INTEGER,
    rate_per_day            INTEGER,
    ticketing_link_id       UUID,
    webhook_integration_id  UUID,
    created                 TIMESTAMP WITH TIME ZONE NOT NULL,
    last_modified           TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT                   NOT NULL,
    CONSTRAINT api_keys_prefix_unique UNIQUE (prefix),
    CONSTRAINT api_keys_previous_prefix_unique UNIQUE (previous_prefix)
);

CREATE INDEX api_keys_user ON api_keys (user_id);

CREATE TABLE api_key_teams (
    api_key_id UUID NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    team_id    UUID NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    PRIMARY KEY (api_key_id, team_id)
);

CREATE TABLE api_key_permissions (
    api_key_id    UUID        NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    resource_type VARCHAR(32) NOT NULL,
    access        VARCHAR(8)  NOT NULL,
    PRIMARY KEY (api_key_id, resource_type)
);

-- Written on every authenticated request: throttle windows, last use, and the revision of the key
-- that every server instance compares with its cached copy (bumped on any change of the key).
CREATE TABLE api_key_usage (
    api_key_id      UUID                     NOT NULL PRIMARY KEY REFERENCES api_keys (id) ON DELETE CASCADE,
    revision        BIGINT                   NOT NULL,
    second_window   BIGINT                   NOT NULL,
    second_count    INTEGER                  NOT NULL,
    second_previous INTEGER                  NOT NULL,
    day_window      BIGINT                   NOT NULL,
    day_count       INTEGER                  NOT NULL,
    day_previous    INTEGER                  NOT NULL,
    last_used_at    TIMESTAMP WITH TIME ZONE,
    last_used_ip    VARCHAR(45)
);
