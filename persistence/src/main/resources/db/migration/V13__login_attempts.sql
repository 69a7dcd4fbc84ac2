-- Attempts to sign in to the admin UI, kept for 15 minutes to slow down password guessing. A row is
-- written before the password is checked and removed when the user signs in; what remains failed.

CREATE TABLE login_attempts (
    id           UUID                     NOT NULL PRIMARY KEY,
    username     VARCHAR(200)             NOT NULL,
    address      VARCHAR(64)              NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX login_attempts_username ON login_attempts (username, attempted_at);
CREATE INDEX login_attempts_address ON login_attempts (address, attempted_at);
CREATE INDEX login_attempts_attempted_at ON login_attempts (attempted_at);
