-- Products of a team. Translated texts and nested data (participants, prices) are JSON text, read
-- and written whole; what lists filter on has columns of its own.

CREATE TABLE products (
    id                   UUID                     NOT NULL PRIMARY KEY,
    team_id              UUID                     NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    title                VARCHAR(20000)           NOT NULL,
    description          VARCHAR(200000),
    online               BOOLEAN                  NOT NULL,
    private_session      BOOLEAN                  NOT NULL,
    description_image    VARCHAR(2000),
    meeting_point        VARCHAR(200),
    address              VARCHAR(500),
    category_id          INTEGER,
    category_name        VARCHAR(100),
    participants         VARCHAR(100000),
    maximum_participants INTEGER,
    session_prices       VARCHAR(20000),
    voucher_prices       VARCHAR(20000),
    external_reference   VARCHAR(255),
    custom_data          VARCHAR(20000),
    created              TIMESTAMP WITH TIME ZONE NOT NULL,
    last_modified        TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT                   NOT NULL
);

CREATE INDEX products_team_created ON products (team_id, created, id);
CREATE INDEX products_team_modified ON products (team_id, last_modified);
