-- Following people, spaces and topics. Members follow their spaces by default;
-- a 'space-muted' row takes one of them off the member's home.
-- Keep this file and migrations/postgres/0006_follows.sql in lockstep.

CREATE TABLE follows (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    target TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, kind, target)
);
CREATE INDEX follows_target_idx ON follows (kind, target);
