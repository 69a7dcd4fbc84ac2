-- Staff of a team: who leads sessions and takes payments.

CREATE TABLE staff (
    id                 UUID                     NOT NULL PRIMARY KEY,
    team_id            UUID                     NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    first_name         VARCHAR(100)             NOT NULL,
    last_name          VARCHAR(100)             NOT NULL,
    email              VARCHAR(254),
    phone_number       VARCHAR(32),
    position           VARCHAR(100),
    active             BOOLEAN                  NOT NULL,
    external_reference VARCHAR(255),
    custom_data        VARCHAR(20000),
    created            TIMESTAMP WITH TIME ZONE NOT NULL,
    last_modified      TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL
);

CREATE INDEX staff_team_created ON staff (team_id, created, id);
CREATE INDEX staff_team_modified ON staff (team_id, last_modified);
