-- People and organisation: profile details, photos, skills, languages,
-- certificates, admin-defined fields, organisation units, and name sort keys
-- per language (collation in SQL, so the directory pages by key).
-- Keep this file and migrations/postgres/0008_people.sql in lockstep.

CREATE TABLE org_unit_kinds (
    id TEXT PRIMARY KEY,
    -- A built-in kind's stable key (its name is translated); NULL for custom kinds.
    builtin TEXT,
    name TEXT NOT NULL,
    position BIGINT NOT NULL
);

CREATE TABLE org_units (
    id TEXT PRIMARY KEY,
    parent_id TEXT REFERENCES org_units (id),
    kind_id TEXT NOT NULL REFERENCES org_unit_kinds (id),
    name TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    description TEXT NOT NULL,
    lead_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX org_units_parent_idx ON org_units (parent_id, sort_key);

ALTER TABLE users ADD COLUMN unit_id TEXT REFERENCES org_units (id) ON DELETE SET NULL;
ALTER TABLE users ADD COLUMN manager_id TEXT REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE users ADD COLUMN location TEXT;
ALTER TABLE users ADD COLUMN location_key TEXT;
ALTER TABLE users ADD COLUMN phone_work TEXT;
ALTER TABLE users ADD COLUMN phone_mobile TEXT;
ALTER TABLE users ADD COLUMN bio TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN bio_html TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN start_date TEXT;
ALTER TABLE users ADD COLUMN photo_updated_at BIGINT;
ALTER TABLE users ADD COLUMN last_active_at BIGINT;
-- Lower-cased name, title, e-mail and location: what the directory's text search reads.
ALTER TABLE users ADD COLUMN directory_text TEXT NOT NULL DEFAULT '';
CREATE INDEX users_unit_idx ON users (unit_id);
CREATE INDEX users_manager_idx ON users (manager_id);
CREATE INDEX users_location_idx ON users (location_key);

-- Which self-service profile fields are kept for administrators and the HR
-- integration (space-separated names).
ALTER TABLE org_settings ADD COLUMN locked_profile_fields TEXT NOT NULL DEFAULT 'unit manager start_date';

CREATE TABLE user_photos (
    user_id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    content_type TEXT NOT NULL,
    large BLOB NOT NULL,
    small BLOB NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE user_skills (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- Normalised for matching; `label` is as the person wrote it.
    skill TEXT NOT NULL,
    label TEXT NOT NULL,
    level BIGINT,
    PRIMARY KEY (user_id, skill)
);
CREATE INDEX user_skills_skill_idx ON user_skills (skill, user_id);

CREATE TABLE user_languages (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- ISO 639-1 code.
    lang TEXT NOT NULL,
    level TEXT NOT NULL,
    PRIMARY KEY (user_id, lang)
);
CREATE INDEX user_languages_lang_idx ON user_languages (lang, user_id);

CREATE TABLE user_certificates (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    issuer TEXT NOT NULL,
    issued_on TEXT,
    expires_on TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX user_certificates_user_idx ON user_certificates (user_id);
CREATE INDEX user_certificates_expiry_idx ON user_certificates (expires_on);

CREATE TABLE profile_fields (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    -- text, choice, date, link or phone.
    kind TEXT NOT NULL,
    -- For choices: one per line.
    choices TEXT NOT NULL,
    -- everyone, members, or private (administrators and the person).
    visibility TEXT NOT NULL,
    -- Whether people fill it in themselves (else administrators only).
    self_service BOOLEAN NOT NULL,
    position BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE profile_values (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    field_id TEXT NOT NULL REFERENCES profile_fields (id) ON DELETE CASCADE,
    value TEXT NOT NULL,
    PRIMARY KEY (user_id, field_id)
);
CREATE INDEX profile_values_field_idx ON profile_values (field_id);

-- A person's display name as each language sorts it (ICU collation keys).
CREATE TABLE person_sort_keys (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    sort_key BLOB NOT NULL,
    PRIMARY KEY (lang, user_id)
);
CREATE INDEX person_sort_keys_key_idx ON person_sort_keys (lang, sort_key, user_id);
