-- Broker round trips, recorded by the message-driven bean that receives them.

CREATE TABLE heartbeats (
    id          UUID                     NOT NULL PRIMARY KEY,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE
);

CREATE INDEX heartbeats_sent_at ON heartbeats (sent_at);
