-- The throttle's day is the last 24 hours, exact to the second: a key's requests are counted per
-- epoch second (every server instance adds its counts under the lock of the key's usage row), in
-- place of the day counter that approximated a sliding window from two calendar days.
CREATE TABLE api_key_requests (
    api_key_id   UUID    NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    epoch_second BIGINT  NOT NULL,
    requests     INTEGER NOT NULL,
    revision     BIGINT  NOT NULL,
    PRIMARY KEY (api_key_id, epoch_second)
);

-- An instance reads the rows changed since the revision it last saw.
CREATE INDEX api_key_requests_changes ON api_key_requests (api_key_id, revision);

ALTER TABLE api_key_usage ADD COLUMN day_revision BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE api_key_usage DROP COLUMN day_window;
ALTER TABLE api_key_usage DROP COLUMN day_count;
ALTER TABLE api_key_usage DROP COLUMN day_previous;
