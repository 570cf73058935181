-- The stream: posts (in a space, or on a person's profile), their revisions,
-- comments with one level of replies, reactions, and the outbox every write
-- appends to in its own transaction.
-- Keep this file and migrations/postgres/0003_stream.sql in lockstep.

CREATE TABLE posts (
    id TEXT PRIMARY KEY,
    space_id TEXT REFERENCES spaces (id) ON DELETE CASCADE,
    author_id TEXT NOT NULL REFERENCES users (id),
    body TEXT NOT NULL,
    body_html TEXT NOT NULL,
    comment_count BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    edited_at BIGINT,
    deleted_at BIGINT
);
CREATE INDEX posts_recent_idx ON posts (created_at, id);
CREATE INDEX posts_space_idx ON posts (space_id, created_at, id);
CREATE INDEX posts_author_idx ON posts (author_id, created_at, id);

CREATE TABLE post_revisions (
    id TEXT PRIMARY KEY,
    post_id TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    edited_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    edited_at BIGINT NOT NULL
);
CREATE INDEX post_revisions_post_idx ON post_revisions (post_id, edited_at);

CREATE TABLE comments (
    id TEXT PRIMARY KEY,
    post_id TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    parent_id TEXT REFERENCES comments (id) ON DELETE CASCADE,
    author_id TEXT NOT NULL REFERENCES users (id),
    body TEXT NOT NULL,
    body_html TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    edited_at BIGINT,
    deleted_at BIGINT
);
CREATE INDEX comments_post_idx ON comments (post_id, created_at, id);

CREATE TABLE reactions (
    post_id TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (post_id, user_id, kind)
);

CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    space_id TEXT,
    subject_id TEXT NOT NULL,
    actor_id TEXT,
    payload TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX outbox_created_idx ON outbox (created_at);
