-- Version 4: at-most-once keys shared by the replicas (a Slack event_id, a request signature, an interaction or
-- trigger id). The first replica to insert a key wins; a key is free again once expires_at (the database's clock,
-- so the replicas' clocks need not agree) has passed.
CREATE TABLE replay_claims (
    key TEXT PRIMARY KEY,
    expires_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX ix_replay_claims_expires_at ON replay_claims (expires_at);
