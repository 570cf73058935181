-- Indexes that keep pages fast in a large organisation. A topic's stream
-- reads its newest posts straight from an index, so post_topics carries its
-- post's time.
-- Keep this file and migrations/sqlite/0009_indexes_for_scale.sql in lockstep.

ALTER TABLE post_topics ADD COLUMN created_at BIGINT NOT NULL DEFAULT 0;
UPDATE post_topics SET created_at = (SELECT p.created_at FROM posts p WHERE p.id = post_topics.post_id);
DROP INDEX post_topics_topic_idx;
CREATE INDEX post_topics_recent_idx ON post_topics (topic, created_at, post_id);

-- Each source of a stream page (a space, the profile posts, a person) is read
-- from a covering index of live posts: no table row is touched until the page
-- is known.
CREATE INDEX posts_live_space_idx ON posts (space_id, created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX posts_live_author_idx ON posts (author_id, created_at, id, space_id) WHERE deleted_at IS NULL;
CREATE INDEX posts_pinned_idx ON posts (space_id, pinned_at) WHERE pinned_at IS NOT NULL;

-- The directory's filters and the organisation tree count only active people;
-- these let them do so from small indexes instead of the wide users rows.
CREATE INDEX users_active_idx ON users (id, last_active_at) WHERE active;
CREATE INDEX users_active_unit_idx ON users (unit_id) WHERE active;
CREATE INDEX users_active_location_idx ON users (location_key, location) WHERE active AND location_key IS NOT NULL;

-- A space page shows its owners and moderators, then its newest members,
-- without reading every membership of a large space.
CREATE INDEX space_members_role_idx ON space_members (space_id, role, joined_at, user_id);

-- The expert finder reads a skill's holders and levels from the index alone.
DROP INDEX user_skills_skill_idx;
CREATE INDEX user_skills_skill_idx ON user_skills (skill, user_id, level);
