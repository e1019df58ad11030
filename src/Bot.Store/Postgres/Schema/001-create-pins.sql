-- Version 1: one row per pin, as in the SQLite store (Schema/001). Unpinning closes the row (unpinned_*); a re-pin
-- opens a new row, so the audit trail of earlier pins stays. Times are the same ISO 8601 UTC text as SQLite's
-- ("2025-02-04T10:00:00.0000000Z", exact to the tick, which timestamptz's microseconds are not), in the "C" collation
-- so that text order is byte order is time order whatever the database's locale.
CREATE TABLE pins (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform TEXT NOT NULL,
    workspace_id TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    message_id TEXT NOT NULL,
    pinned_by_id TEXT NOT NULL,
    pinned_by_name TEXT NOT NULL,
    pinned_at TEXT COLLATE "C" NOT NULL,
    question TEXT NOT NULL,
    quote TEXT NOT NULL,
    speaker_name TEXT NULL,
    speaker_role TEXT NULL,
    speaker_key TEXT NULL,
    article_id TEXT NOT NULL,
    paragraph INTEGER NOT NULL,
    article_fingerprint TEXT NOT NULL,
    unpinned_by_id TEXT NULL,
    unpinned_by_name TEXT NULL,
    unpinned_at TEXT COLLATE "C" NULL
);

-- At most one active pin per message, whichever replica pins it: this index, not a read-then-write, is what makes
-- pinning idempotent (INSERT … ON CONFLICT DO NOTHING).
CREATE UNIQUE INDEX ux_pins_active_message ON pins (platform, channel_id, message_id) WHERE unpinned_at IS NULL;

CREATE INDEX ix_pins_channel ON pins (platform, channel_id, pinned_at, id);
CREATE INDEX ix_pins_workspace ON pins (platform, workspace_id, pinned_at, id);
CREATE INDEX ix_pins_speaker ON pins (speaker_key, pinned_at, id);
