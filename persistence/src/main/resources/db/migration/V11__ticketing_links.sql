-- Links to external ticketing systems. A link is first only a name; choosing its provider stores
-- the provider's id and the configuration its metadata asks for, as JSON (secret values encrypted).

CREATE TABLE ticketing_links (
    id            UUID                     NOT NULL PRIMARY KEY,
    name          VARCHAR(100)             NOT NULL,
    provider      VARCHAR(64),
    configuration VARCHAR(8000),
    created       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_modified TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL
);

-- A key that acted for a deleted link acts for none.
ALTER TABLE api_keys
    ADD CONSTRAINT api_keys_ticketing_link FOREIGN KEY (ticketing_link_id) REFERENCES ticketing_links (id) ON DELETE SET NULL;
