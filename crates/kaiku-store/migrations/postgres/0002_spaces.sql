-- Spaces, their members, join requests and invitations; organisation switches for
-- who may create spaces and whether guest accounts are allowed.
-- Keep this file and migrations/sqlite/0002_spaces.sql in lockstep.

ALTER TABLE org_settings ADD COLUMN space_creation TEXT NOT NULL DEFAULT 'everyone';
ALTER TABLE org_settings ADD COLUMN guests_enabled BOOLEAN NOT NULL DEFAULT TRUE;

CREATE TABLE spaces (
    id TEXT PRIMARY KEY,
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    description TEXT NOT NULL,
    color TEXT NOT NULL,
    visibility TEXT NOT NULL,
    posting TEXT NOT NULL,
    guests_allowed BOOLEAN NOT NULL,
    default_notification TEXT NOT NULL,
    archived_at BIGINT,
    created_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX spaces_slug_key ON spaces (slug);
CREATE INDEX spaces_sort_idx ON spaces (sort_key, id);

CREATE TABLE space_members (
    space_id TEXT NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    joined_at BIGINT NOT NULL,
    PRIMARY KEY (space_id, user_id)
);
CREATE INDEX space_members_user_idx ON space_members (user_id, space_id);

CREATE TABLE space_join_requests (
    id TEXT PRIMARY KEY,
    space_id TEXT NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    message TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX space_join_requests_key ON space_join_requests (space_id, user_id);

CREATE TABLE space_invitations (
    space_id TEXT NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    invited_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (space_id, user_id)
);
CREATE INDEX space_invitations_user_idx ON space_invitations (user_id);

-- An e-mail invitation may bring a partner straight into a space.
ALTER TABLE invitations ADD COLUMN space_id TEXT REFERENCES spaces (id) ON DELETE CASCADE;
