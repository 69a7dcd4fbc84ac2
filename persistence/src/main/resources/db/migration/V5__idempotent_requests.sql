-- POSTs made with an Idempotency-Key: the first answer, replayed for 24 hours to the same key with the
-- same request. status 0 marks a request still being processed.

CREATE TABLE idempotent_requests (
    id              UUID                     NOT NULL PRIMARY KEY,
    api_key_id      UUID                     NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    idempotency_key VARCHAR(255)             NOT NULL,
    request_digest  VARCHAR(64)              NOT NULL,
    status          INTEGER                  NOT NULL,
    location        VARCHAR(2000),
    etag            VARCHAR(100),
    body            VARCHAR(1048576),
    created         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT idempotent_requests_key_unique UNIQUE (api_key_id, idempotency_key)
);

CREATE INDEX idempotent_requests_created ON idempotent_requests (created);
