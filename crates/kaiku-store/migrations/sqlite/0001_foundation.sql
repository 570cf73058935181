-- Foundation: organisation, accounts, sessions, tokens, invitations, login log, mail queue, audit.
-- Timestamps are UTC unix milliseconds bound from Rust; ids are random text ids.
-- Keep this file and migrations/postgres/0001_foundation.sql in lockstep: a test compares them.

CREATE TABLE org_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    accent_color TEXT NOT NULL,
    registration_mode TEXT NOT NULL,
    allowed_domains TEXT NOT NULL,
    default_locale TEXT NOT NULL,
    smtp_host TEXT,
    smtp_port BIGINT,
    smtp_security TEXT NOT NULL,
    smtp_username TEXT,
    smtp_password TEXT,
    smtp_from TEXT,
    updated_at BIGINT NOT NULL
);

-- The organisation's logo: small, so kept in the database where every node sees it.
CREATE TABLE org_logo (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    content_type TEXT NOT NULL,
    data BLOB NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE setup_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    code TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    display_name TEXT NOT NULL,
    search_key TEXT NOT NULL,
    title TEXT,
    password_hash TEXT,
    role TEXT NOT NULL,
    active BOOLEAN NOT NULL,
    locale TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    deactivated_at BIGINT,
    password_changed_at BIGINT
);
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE INDEX users_search_key_idx ON users (search_key, id);
CREATE INDEX users_role_idx ON users (role);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    persistent BOOLEAN NOT NULL,
    ip TEXT NOT NULL,
    user_agent TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX sessions_token_hash_key ON sessions (token_hash);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    token_prefix TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT,
    last_used_at BIGINT
);
CREATE UNIQUE INDEX api_tokens_token_hash_key ON api_tokens (token_hash);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

CREATE TABLE password_resets (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE UNIQUE INDEX password_resets_token_hash_key ON password_resets (token_hash);
CREATE INDEX password_resets_user_idx ON password_resets (user_id);

CREATE TABLE invitations (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    email TEXT NOT NULL,
    display_name TEXT,
    role TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    invited_by TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    accepted_at BIGINT,
    revoked_at BIGINT
);
CREATE UNIQUE INDEX invitations_token_hash_key ON invitations (token_hash);
CREATE INDEX invitations_created_idx ON invitations (created_at);

CREATE TABLE registration_requests (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    display_name TEXT NOT NULL,
    message TEXT NOT NULL,
    locale TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    decided_at BIGINT,
    decided_by TEXT REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX registration_requests_status_idx ON registration_requests (status, created_at);
CREATE UNIQUE INDEX registration_requests_pending_key ON registration_requests (email)
    WHERE status = 'pending';

CREATE TABLE login_log (
    id TEXT PRIMARY KEY,
    at BIGINT NOT NULL,
    user_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    email TEXT NOT NULL,
    ip TEXT NOT NULL,
    user_agent TEXT NOT NULL,
    outcome TEXT NOT NULL
);
CREATE INDEX login_log_at_idx ON login_log (at, id);
CREATE INDEX login_log_user_idx ON login_log (user_id, at);
CREATE INDEX login_log_email_idx ON login_log (email, at);
CREATE INDEX login_log_ip_idx ON login_log (ip, at);

CREATE TABLE mail_queue (
    id TEXT PRIMARY KEY,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    text_body TEXT NOT NULL,
    html_body TEXT,
    status TEXT NOT NULL,
    attempts BIGINT NOT NULL,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    locked_until BIGINT,
    sent_at BIGINT
);
CREATE INDEX mail_queue_due_idx ON mail_queue (status, next_attempt_at);

CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    action TEXT NOT NULL,
    target_id TEXT,
    detail TEXT NOT NULL
);
CREATE INDEX audit_log_at_idx ON audit_log (at, id);
