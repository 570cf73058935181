-- Mentions and topics parsed from posts on write, saved posts, pinned posts.
-- Keep this file and migrations/postgres/0004_mentions_topics_saved.sql in lockstep.

CREATE TABLE post_mentions (
    post_id TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (post_id, user_id)
);
CREATE INDEX post_mentions_user_idx ON post_mentions (user_id, post_id);

CREATE TABLE post_topics (
    post_id TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    PRIMARY KEY (post_id, topic)
);
CREATE INDEX post_topics_topic_idx ON post_topics (topic, post_id);

CREATE TABLE bookmarks (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    post_id TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, post_id)
);

ALTER TABLE posts ADD COLUMN pinned_at BIGINT;
