-- Teams and users, the first things Koppel stores. Portable SQL: runs on H2 and PostgreSQL.

CREATE TABLE teams (
    id            UUID                     NOT NULL PRIMARY KEY,
    name          VARCHAR(200)             NOT NULL,
    created       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_modified TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL
);

CREATE TABLE users (
    id            UUID                     NOT NULL PRIMARY KEY,
    username      VARCHAR(64)              NOT NULL,
    display_name  VARCHAR(200)             NOT NULL,
    email         VARCHAR(254),
    password_hash VARCHAR(512)             NOT NULL,
    enabled       BOOLEAN                  NOT NULL,
    created       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_modified TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL,
    CONSTRAINT users_username_unique UNIQUE (username)
);

CREATE TABLE user_roles (
    user_id UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role)
);
