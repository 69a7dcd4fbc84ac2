-- Custom fields a team defines per resource type: the keys allowed in that type's custom_data.
-- A field of kind integration_data belongs to one webhook integration, which alone may write it.

CREATE TABLE custom_fields (
    id                 UUID                     NOT NULL PRIMARY KEY,
    team_id            UUID                     NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    name               VARCHAR(50)              NOT NULL,
    label              VARCHAR(200)             NOT NULL,
    resource_type      VARCHAR(32)              NOT NULL,
    kind               VARCHAR(32)              NOT NULL,
    options            VARCHAR(20000),
    integration_id     UUID,
    required           BOOLEAN                  NOT NULL,
    external_reference VARCHAR(255),
    custom_data        VARCHAR(20000),
    created            TIMESTAMP WITH TIME ZONE NOT NULL,
    last_modified      TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL,
    CONSTRAINT custom_fields_name_unique UNIQUE (team_id, resource_type, name)
);
