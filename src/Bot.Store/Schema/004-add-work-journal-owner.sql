-- Version 4: the replica that took each journal entry, as in the PostgreSQL store; a SQLite pinboard has one owner,
-- '' (every process sharing the file redoes what is left, as before).
ALTER TABLE work_journal ADD COLUMN owner TEXT NOT NULL DEFAULT '';
