-- Announcements are a handful among a million posts. The index they had held
-- every post (nearly all with no announcement), so without value samples the
-- planner judged it no better than walking all posts newest first, and the
-- home page's announcement list read the whole table. An index of the live
-- announcements alone, in the order they are listed, is tiny and exact.
-- Keep this file and its twin for the other backend in lockstep.

DROP INDEX posts_announced_idx;
CREATE INDEX posts_announced_idx ON posts (created_at, id)
    WHERE announced_at IS NOT NULL AND deleted_at IS NULL;
