-- Version 3: one lease per message while a Pin or Unpin of it is under way, so replicas take turns (PinKeyLocks).
-- A lease past expires_at (ISO 8601 UTC text) may be taken over: a crashed holder blocks nobody for long.
CREATE TABLE pin_leases (
    platform TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    message_id TEXT NOT NULL,
    holder TEXT NOT NULL,
    expires_at TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (platform, channel_id, message_id)
);
