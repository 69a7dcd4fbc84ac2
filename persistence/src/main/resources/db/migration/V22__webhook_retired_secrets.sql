-- A webhook endpoint's secret keeps signing for 24 hours after a rotation, however often the
-- endpoint is rotated meanwhile: the most recent rotated-out secret stays in
-- webhook_endpoints.previous_secret, older ones that still sign move here.
CREATE TABLE webhook_retired_secrets (
    id            UUID PRIMARY KEY,
    endpoint_id   UUID NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    sealed_secret VARCHAR(500) NOT NULL,
    signs_until   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX webhook_retired_secrets_endpoint ON webhook_retired_secrets (endpoint_id);
-- when the last of an endpoint's older secrets stops signing (null: none), so that signing looks
-- them up only while one does
ALTER TABLE webhook_endpoints ADD COLUMN older_secrets_until TIMESTAMP WITH TIME ZONE;
