-- Each key's admitted requests in its latest epoch second, for the whole cluster: an instance takes
-- permits here (a few at a time) before it admits requests, so that a per-second limit holds
-- across instances. A new second starts the count afresh.

ALTER TABLE api_key_usage ADD COLUMN permit_second BIGINT NOT NULL DEFAULT 0;
ALTER TABLE api_key_usage ADD COLUMN permits_taken INTEGER NOT NULL DEFAULT 0;
