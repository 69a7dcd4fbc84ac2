-- Ticketing links that work: the teams a link serves, the session groups on sale that it pushes as
-- events, the sales it pulls back, and its log. Portable SQL: runs on H2 and PostgreSQL.

-- A link serves the teams selected on it; a team is served by one link at most.
CREATE TABLE ticketing_link_teams (
    link_id UUID NOT NULL REFERENCES ticketing_links (id) ON DELETE CASCADE,
    team_id UUID NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    PRIMARY KEY (link_id, team_id)
);
CREATE UNIQUE INDEX ticketing_link_teams_team ON ticketing_link_teams (team_id);

-- Pulls wait until then after the ticketing system said 429.
ALTER TABLE ticketing_links ADD COLUMN paused_until TIMESTAMP WITH TIME ZONE;

-- What the API shows of a session group's event ("ticketing"), and whether it is on sale.
ALTER TABLE session_groups ADD COLUMN on_sale BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE session_groups ADD COLUMN ticketing_link_id UUID;
ALTER TABLE session_groups ADD COLUMN ticketing_remote_id VARCHAR(100);
ALTER TABLE session_groups ADD COLUMN ticketing_status VARCHAR(16);
ALTER TABLE session_groups ADD COLUMN ticketing_sold INTEGER;
ALTER TABLE session_groups ADD COLUMN ticketing_available INTEGER;
ALTER TABLE session_groups ADD COLUMN ticketing_synced_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE session_groups ADD COLUMN ticketing_error VARCHAR(1000);
ALTER TABLE session_groups
    ADD CONSTRAINT session_groups_ticketing_link FOREIGN KEY (ticketing_link_id) REFERENCES ticketing_links (id) ON DELETE SET NULL;

-- The event of a session group in a ticketing system, and the push it waits for. No foreign key to
-- the session group: the row outlives it until the remote event is cancelled.
CREATE TABLE ticketing_events (
    session_group_id UUID                     NOT NULL PRIMARY KEY,
    link_id          UUID                     NOT NULL REFERENCES ticketing_links (id) ON DELETE CASCADE,
    team_id          UUID                     NOT NULL,
    remote_id        VARCHAR(100),
    remote_status    VARCHAR(16),
    push_due         TIMESTAMP WITH TIME ZONE,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    failures         INTEGER                  NOT NULL
);
CREATE INDEX ticketing_events_due ON ticketing_events (push_due);
CREATE INDEX ticketing_events_link ON ticketing_events (link_id, session_group_id);

-- Every push, pull, verification and error of a link, kept 30 days.
CREATE TABLE ticketing_runs (
    id               UUID                     NOT NULL PRIMARY KEY,
    link_id          UUID                     NOT NULL REFERENCES ticketing_links (id) ON DELETE CASCADE,
    kind             VARCHAR(16)              NOT NULL,
    trigger_name     VARCHAR(16)              NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome          VARCHAR(16)              NOT NULL,
    session_group_id UUID,
    checked          INTEGER                  NOT NULL,
    changed          INTEGER                  NOT NULL,
    failed           INTEGER                  NOT NULL,
    message          VARCHAR(1000)
);
CREATE INDEX ticketing_runs_link ON ticketing_runs (link_id, started_at);
CREATE INDEX ticketing_runs_started ON ticketing_runs (started_at);

-- Changes made with a key linked to a ticketing link are that link's: never pushed back to it.
ALTER TABLE webhook_events ADD COLUMN actor_link UUID;

-- "Generic HTTP ticketing" becomes the generic ticketing API: a link keeps its base URL and, when it
-- had a username, signs in with Basic authentication as before. Configurations are JSON objects
-- with sorted keys, so "auth" goes first.
UPDATE ticketing_links
SET configuration = '{"auth":"' || CASE WHEN configuration LIKE '%"username":%' THEN 'basic' ELSE 'none' END
                    || '",' || SUBSTRING(configuration FROM 2),
    provider = 'generic'
WHERE provider = 'generic-http' AND configuration LIKE '{"%';
