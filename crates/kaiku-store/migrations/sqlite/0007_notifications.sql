-- Notifications: what each person is told, how (in the app, by e-mail at once,
-- in a daily or weekly digest), their preferences per kind, per space and per
-- thread; mentions in comments; durable cursors of outbox consumers; the keys
-- that sign unsubscribe links; and what a queued e-mail is about, so it can be
-- composed (and permission checked again) at the moment it is sent.
-- Keep this file and migrations/postgres/0007_notifications.sql in lockstep.

-- Outbox rows carry their transaction id on PostgreSQL (always 0 on SQLite,
-- whose single writer commits in sequence order): a consumer reads only rows of
-- finished transactions, so a slow transaction can never be skipped.
ALTER TABLE outbox ADD COLUMN txid BIGINT NOT NULL DEFAULT 0;
CREATE INDEX outbox_txid_idx ON outbox (txid, seq);

CREATE TABLE consumer_cursors (
    name TEXT PRIMARY KEY,
    txid BIGINT NOT NULL,
    seq BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE server_keys (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

ALTER TABLE org_settings ADD COLUMN default_time_zone TEXT NOT NULL DEFAULT 'Europe/Helsinki';

ALTER TABLE users ADD COLUMN time_zone TEXT;
ALTER TABLE users ADD COLUMN digest_hour BIGINT NOT NULL DEFAULT 8;
ALTER TABLE users ADD COLUMN digest_weekday BIGINT NOT NULL DEFAULT 1;
ALTER TABLE users ADD COLUMN next_daily_digest_at BIGINT;
ALTER TABLE users ADD COLUMN next_weekly_digest_at BIGINT;
CREATE INDEX users_daily_digest_idx ON users (next_daily_digest_at);
CREATE INDEX users_weekly_digest_idx ON users (next_weekly_digest_at);

CREATE TABLE comment_mentions (
    comment_id TEXT NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (comment_id, user_id)
);

CREATE TABLE notifications (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    group_key TEXT NOT NULL,
    space_id TEXT REFERENCES spaces (id) ON DELETE CASCADE,
    post_id TEXT REFERENCES posts (id) ON DELETE CASCADE,
    comment_id TEXT REFERENCES comments (id) ON DELETE CASCADE,
    actor_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    actor_count BIGINT NOT NULL,
    event_count BIGINT NOT NULL,
    detail TEXT NOT NULL,
    delivery TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    read_at BIGINT,
    mailed_at BIGINT
);
CREATE INDEX notifications_user_idx ON notifications (user_id, updated_at, id);
CREATE INDEX notifications_group_idx ON notifications (user_id, group_key, read_at);
CREATE INDEX notifications_digest_idx ON notifications (user_id, delivery, mailed_at);
CREATE INDEX notifications_space_idx ON notifications (space_id);
CREATE INDEX notifications_post_idx ON notifications (post_id);
CREATE INDEX notifications_comment_idx ON notifications (comment_id);

CREATE TABLE notification_actors (
    notification_id TEXT NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    PRIMARY KEY (notification_id, actor_id)
);

CREATE TABLE notification_prefs (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    delivery TEXT NOT NULL,
    PRIMARY KEY (user_id, kind)
);

CREATE TABLE space_notification_levels (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    space_id TEXT NOT NULL REFERENCES spaces (id) ON DELETE CASCADE,
    level TEXT NOT NULL,
    PRIMARY KEY (user_id, space_id)
);
CREATE INDEX space_notification_levels_space_idx ON space_notification_levels (space_id);

CREATE TABLE thread_subscriptions (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    post_id TEXT NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, post_id)
);
CREATE INDEX thread_subscriptions_post_idx ON thread_subscriptions (post_id, state);

-- What a queued message is about: 'system' messages are stored composed;
-- 'notification' and 'digest' ones are composed when sent, for `user_id`, from `ref`.
ALTER TABLE mail_queue ADD COLUMN purpose TEXT NOT NULL DEFAULT 'system';
ALTER TABLE mail_queue ADD COLUMN user_id TEXT REFERENCES users (id) ON DELETE CASCADE;
ALTER TABLE mail_queue ADD COLUMN ref TEXT;
