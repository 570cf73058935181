-- Organisation-wide announcements (until each person dismisses them) and reports
-- of posts and comments for moderators.
-- Keep this file and migrations/postgres/0005_announcements_reports.sql in lockstep.

ALTER TABLE posts ADD COLUMN announced_at BIGINT;
CREATE INDEX posts_announced_idx ON posts (announced_at);

CREATE TABLE announcement_dismissals (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    post_id TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    dismissed_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, post_id)
);

CREATE TABLE reports (
    id TEXT PRIMARY KEY,
    post_id TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    comment_id TEXT REFERENCES comments (id) ON DELETE CASCADE,
    space_id TEXT REFERENCES spaces (id) ON DELETE CASCADE,
    reporter_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    reason TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    resolved_at BIGINT,
    resolved_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    resolution TEXT
);
CREATE INDEX reports_open_idx ON reports (resolved_at, created_at);
