//! The one integration-test binary: the real router over a real database (a temporary
//! SQLite file, or a fresh PostgreSQL schema when `KAIKU_TEST_DATABASE_URL` is set),
//! with a real SMTP server in the process. A new test area is a new module here.

mod support;

mod accounts;
mod admin;
mod api;
mod assets;
mod browser;
mod cli;
mod concurrent_writes;
mod i18n;
mod live;
mod notifications;
mod ops;
mod people;
mod registration;
mod schema;
mod search;
mod search_nodes;
mod search_recovery;
mod security;
mod seeding;
mod setup;
mod space_matrix;
mod space_member_counts;
mod spaces;
mod stream;
mod stream_pages;
mod wiki;
mod writing;
