-- The wiki: pages in a space, arranged in a tree, each with every version kept.
-- The page row holds the current version; `wiki_revisions` holds all of them,
-- the current one included, so history, comparison and restore read one table.
-- Keep this file and migrations/sqlite/0013_wiki.sql in lockstep.

CREATE TABLE wiki_pages (
    id TEXT PRIMARY KEY,
    space_id TEXT NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    parent_id TEXT REFERENCES wiki_pages (id) ON DELETE SET NULL,
    slug TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    body_html TEXT NOT NULL,
    revision BIGINT NOT NULL,
    created_by TEXT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL REFERENCES users (id),
    updated_at BIGINT NOT NULL,
    deleted_at BIGINT
);
-- A deleted page gives its address back: a new page may take the same title.
CREATE UNIQUE INDEX wiki_pages_slug_idx ON wiki_pages (space_id, slug)
    WHERE deleted_at IS NULL;
CREATE INDEX wiki_pages_parent_idx ON wiki_pages (parent_id);

CREATE TABLE wiki_revisions (
    id TEXT PRIMARY KEY,
    page_id TEXT NOT NULL REFERENCES wiki_pages (id) ON DELETE CASCADE,
    revision BIGINT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    summary TEXT NOT NULL,
    -- The version this one brought back, when it was a restore.
    restored_from BIGINT,
    edited_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    edited_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX wiki_revisions_page_idx ON wiki_revisions (page_id, revision);
