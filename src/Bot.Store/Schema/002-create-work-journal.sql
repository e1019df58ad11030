-- Version 2: acknowledged work not yet finished (a pin click, a deferred answer), written before the platform is told
-- "OK" and deleted when the work ends; what is left after a crash is completed or reconciled on start.
CREATE TABLE work_journal (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX ix_work_journal_platform ON work_journal (platform, id);
