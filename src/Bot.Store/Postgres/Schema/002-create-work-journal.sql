-- Version 2: acknowledged work not yet finished, as in SQLite's work_journal, plus the replica that took it
-- (Pins:ReplicaId): on start a replica redoes only its own entries, never the work another live replica is doing.
CREATE TABLE work_journal (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TEXT COLLATE "C" NOT NULL,
    owner TEXT NOT NULL DEFAULT ''
);

CREATE INDEX ix_work_journal_owner_platform ON work_journal (owner, platform, id);
