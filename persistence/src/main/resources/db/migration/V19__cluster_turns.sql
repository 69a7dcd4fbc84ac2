-- Work that must happen once per interval for the whole cluster (purges, scheduled pulls, the
-- webhook safety net): the instance that moves a task's next_at forward has the turn.

CREATE TABLE cluster_turns (
    task     VARCHAR(200)             NOT NULL PRIMARY KEY,
    next_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    taken_by VARCHAR(200)             NOT NULL,
    taken_at TIMESTAMP WITH TIME ZONE NOT NULL
);
