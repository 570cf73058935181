-- The profile posts' source of a home page: live posts outside any space,
-- newest first, without passing over the space posts between them (the
-- PostgreSQL planner otherwise walks all posts by time to find them).
-- Keep this file and migrations/postgres/0010_profile_posts_index.sql in lockstep.

CREATE INDEX posts_live_profile_idx ON posts (created_at, id) WHERE deleted_at IS NULL AND space_id IS NULL;
