-- Clients of a team (the people who book). custom_data is a JSON object kept as text.

CREATE TABLE clients (
    id                 UUID                     NOT NULL PRIMARY KEY,
    team_id            UUID                     NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    first_name         VARCHAR(100)             NOT NULL,
    last_name          VARCHAR(100)             NOT NULL,
    email              VARCHAR(254),
    phone_number       VARCHAR(32),
    birth_date         DATE,
    language           VARCHAR(8),
    note               VARCHAR(5000),
    street             VARCHAR(200),
    city               VARCHAR(100),
    postal_code        VARCHAR(20),
    state              VARCHAR(100),
    country            VARCHAR(2),
    external_reference VARCHAR(255),
    custom_data        VARCHAR(20000),
    created            TIMESTAMP WITH TIME ZONE NOT NULL,
    last_modified      TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL
);

CREATE INDEX clients_team_created ON clients (team_id, created, id);
CREATE INDEX clients_team_modified ON clients (team_id, last_modified);
CREATE INDEX clients_team_reference ON clients (team_id, external_reference);
