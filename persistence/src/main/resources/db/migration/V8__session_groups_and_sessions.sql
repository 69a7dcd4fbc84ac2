-- Session groups (what is booked: one run of a product) and their sessions (the dated meetings).

CREATE TABLE session_groups (
    id                   UUID                     NOT NULL PRIMARY KEY,
    team_id              UUID                     NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    product_id           UUID                     NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    title                VARCHAR(200),
    maximum_participants INTEGER,
    bookable             BOOLEAN                  NOT NULL,
    prices               VARCHAR(20000),
    external_reference   VARCHAR(255),
    custom_data          VARCHAR(20000),
    created              TIMESTAMP WITH TIME ZONE NOT NULL,
    last_modified        TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT                   NOT NULL
);

CREATE INDEX session_groups_team_created ON session_groups (team_id, created, id);
CREATE INDEX session_groups_product ON session_groups (product_id);

CREATE TABLE sessions (
    id                 UUID                     NOT NULL PRIMARY KEY,
    team_id            UUID                     NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    session_group_id   UUID                     NOT NULL REFERENCES session_groups (id) ON DELETE CASCADE,
    starts_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    location           VARCHAR(500),
    external_reference VARCHAR(255),
    custom_data        VARCHAR(20000),
    created            TIMESTAMP WITH TIME ZONE NOT NULL,
    last_modified      TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL
);

CREATE INDEX sessions_team_created ON sessions (team_id, created, id);
CREATE INDEX sessions_group_start ON sessions (session_group_id, starts_at);

CREATE TABLE session_staff (
    session_id UUID    NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    staff_id   UUID    NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    PRIMARY KEY (session_id, staff_id)
);
