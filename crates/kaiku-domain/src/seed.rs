//! Loading a generated organisation (`kaiku seed`): people, units, spaces,
//! posts, comments and reactions in bulk, with what the services would have
//! derived (rendered Markdown, sort keys, directory text) computed here, so a
//! seeded organisation behaves like a lived-in one. System only.

use kaiku_store::bulk;
use kaiku_store::spaces::NewSpace;

use crate::people::skill_tag;
use crate::{DomainError, Result, Services, Viewer, ViewerKind, input, markdown};

pub use kaiku_store::bulk::{Comment as SeedComment, Unit as SeedUnit};

/// A person to seed.
#[derive(Debug, Clone, Default)]
pub struct SeedPerson {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub title: Option<String>,
    /// `admin`, `member` or `guest`.
    pub role: String,
    pub locale: Option<String>,
    pub unit_id: Option<String>,
    pub manager_id: Option<String>,
    pub location: Option<String>,
    pub phone_work: Option<String>,
    pub phone_mobile: Option<String>,
    pub bio: String,
    pub start_date: Option<String>,
    pub created_at: i64,
    pub last_active_at: Option<i64>,
    /// `(label, level)`.
    pub skills: Vec<(String, Option<i64>)>,
    /// `(ISO code, level)`.
    pub languages: Vec<(String, String)>,
}

/// A space to seed.
#[derive(Debug, Clone)]
pub struct SeedSpace {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub description: String,
    /// `public`, `private` or `secret`.
    pub visibility: String,
    pub guests_allowed: bool,
    pub created_by: String,
    pub created_at: i64,
}

/// A post to seed. `mentions` are `(handle, user id, name)` of the people its
/// body mentions as `@handle`.
#[derive(Debug, Clone)]
pub struct SeedPost {
    pub id: String,
    pub space_id: Option<String>,
    pub author_id: String,
    pub body: String,
    pub comment_count: i64,
    pub created_at: i64,
    pub mentions: Vec<(String, String, String)>,
}

/// A wiki page to seed; `parent_id` names a page seeded before it.
#[derive(Debug, Clone)]
pub struct SeedWikiPage {
    pub id: String,
    pub space_id: String,
    pub parent_id: Option<String>,
    pub title: String,
    pub body: String,
    pub author_id: String,
    pub created_at: i64,
}

/// The bulk loader; only the system may have one.
pub struct SeedWriter {
    services: Services,
}

impl Services {
    /// A bulk loader for a generated organisation (system only).
    pub fn seed_writer(&self, viewer: &Viewer) -> Result<SeedWriter> {
        if viewer.kind != ViewerKind::System {
            return Err(DomainError::Forbidden);
        }
        Ok(SeedWriter {
            services: self.clone(),
        })
    }
}

impl SeedWriter {
    /// Hashes the one password every generated account shares (hashing each
    /// would take hours for ten thousand people).
    pub async fn password_hash(&self, password: &str) -> Result<String> {
        crate::secrets::hash_password(password.to_owned()).await
    }

    /// Whether the database already holds people (a seed goes only into an
    /// empty one, so generated and real data never mix).
    pub async fn is_empty(&self) -> Result<bool> {
        let (people, _, _) = kaiku_store::users::counts(self.services.db()).await?;
        Ok(people == 0)
    }

    /// Creates the organisation (as the setup page would), closing setup.
    pub async fn organisation(&self, name: &str, locale: crate::Lang) -> Result<()> {
        let mut tx = self.services.db().begin().await?;
        self.services.ensure_settings(&mut tx).await?;
        kaiku_store::setup::clear(&mut tx).await?;
        tx.commit().await?;
        let mut current = kaiku_store::settings::get(self.services.db())
            .await?
            .ok_or(DomainError::NotFound)?;
        current.name = name.to_owned();
        current.default_locale = locale.code().to_owned();
        current.default_time_zone = locale.home_zone().to_owned();
        current.updated_at = self.services.now();
        let mut tx = self.services.db().begin().await?;
        kaiku_store::settings::put(&mut tx, &current).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Makes sure the organisation's built-in unit kinds exist.
    pub async fn unit_kinds(&self) -> Result<Vec<String>> {
        Ok(self
            .services
            .unit_kinds(&Viewer::system())
            .await?
            .into_iter()
            .map(|k| k.id)
            .collect())
    }

    /// Loads units (parents first).
    pub async fn units(&self, units: &[SeedUnit]) -> Result<()> {
        Ok(bulk::units(self.services.db(), units).await?)
    }

    /// Names units' leads.
    pub async fn unit_leads(&self, leads: &[(String, String)]) -> Result<()> {
        Ok(bulk::unit_leads(self.services.db(), leads).await?)
    }

    /// Loads people with everything the directory needs.
    pub async fn people(&self, people: &[SeedPerson], password_hash: &str) -> Result<()> {
        let rows: Vec<bulk::Person> = people
            .iter()
            .map(|p| bulk::Person {
                search_key: input::search_key(&p.display_name, &p.email),
                directory_text: crate::people::edit_directory_text(
                    &p.display_name,
                    p.title.as_deref(),
                    &p.email,
                    p.location.as_deref(),
                ),
                sort_keys: crate::people::name_sort_keys(&p.display_name),
                location_key: p.location.as_deref().map(crate::people::location_key),
                bio_html: if p.bio.is_empty() {
                    String::new()
                } else {
                    markdown::render_with(&p.bio, &Default::default()).html
                },
                skills: p
                    .skills
                    .iter()
                    .map(|(label, level)| (skill_tag(label), label.clone(), *level))
                    .collect(),
                languages: p.languages.clone(),
                password_hash: password_hash.to_owned(),
                id: p.id.clone(),
                email: p.email.clone(),
                display_name: p.display_name.clone(),
                title: p.title.clone(),
                role: p.role.clone(),
                locale: p.locale.clone(),
                unit_id: p.unit_id.clone(),
                manager_id: p.manager_id.clone(),
                location: p.location.clone(),
                phone_work: p.phone_work.clone(),
                phone_mobile: p.phone_mobile.clone(),
                bio: p.bio.clone(),
                start_date: p.start_date.clone(),
                created_at: p.created_at,
                last_active_at: p.last_active_at,
            })
            .collect();
        Ok(bulk::people(self.services.db(), &rows).await?)
    }

    /// Loads spaces.
    pub async fn spaces(&self, spaces: &[SeedSpace]) -> Result<()> {
        let rows: Vec<NewSpace> = spaces
            .iter()
            .map(|s| NewSpace {
                id: s.id.clone(),
                slug: s.slug.clone(),
                name: s.name.clone(),
                sort_key: s.name.to_lowercase(),
                description: s.description.clone(),
                color: crate::spaces::SPACE_COLORS[s.slug.bytes().map(usize::from).sum::<usize>()
                    % crate::spaces::SPACE_COLORS.len()]
                .to_owned(),
                visibility: s.visibility.clone(),
                posting: "members".to_owned(),
                guests_allowed: s.guests_allowed,
                default_notification: "mentions".to_owned(),
                created_by: s.created_by.clone(),
                now: s.created_at,
            })
            .collect();
        Ok(bulk::spaces(self.services.db(), &rows).await?)
    }

    /// Loads memberships `(space, user, role, joined_at)`.
    pub async fn members(&self, members: &[(String, String, &'static str, i64)]) -> Result<()> {
        Ok(bulk::members(self.services.db(), members).await?)
    }

    /// Loads posts, rendering their Markdown (mentions link to the people named).
    pub async fn posts(&self, posts: &[SeedPost]) -> Result<()> {
        let rows: Vec<bulk::Post> = posts
            .iter()
            .map(|p| {
                let names = p
                    .mentions
                    .iter()
                    .map(|(h, id, name)| (h.clone(), (id.clone(), name.clone())))
                    .collect();
                let rendered = markdown::render_with(&p.body, &names);
                bulk::Post {
                    id: p.id.clone(),
                    space_id: p.space_id.clone(),
                    author_id: p.author_id.clone(),
                    body: p.body.clone(),
                    body_html: rendered.html,
                    comment_count: p.comment_count,
                    created_at: p.created_at,
                    topics: rendered.topics,
                    mentions: rendered.mentions,
                }
            })
            .collect();
        Ok(bulk::posts(self.services.db(), &rows).await?)
    }

    /// Loads comments; their `body_html` is rendered here.
    pub async fn comments(&self, comments: &mut [SeedComment]) -> Result<()> {
        for c in comments.iter_mut() {
            c.body_html = markdown::render_with(&c.body, &Default::default()).html;
        }
        Ok(bulk::comments(self.services.db(), comments).await?)
    }

    /// Loads reactions `(post, user, kind, at)`.
    pub async fn reactions(&self, reactions: &[(String, String, &'static str, i64)]) -> Result<()> {
        Ok(bulk::reactions(self.services.db(), reactions).await?)
    }

    /// Loads wiki pages, each as its first version, through the same store
    /// calls as writing one (they are few: a handbook, not a stream).
    pub async fn wiki_pages(&self, pages: &[SeedWikiPage]) -> Result<()> {
        let mut tx = self.services.db().begin().await?;
        for p in pages {
            let mut slug = crate::spaces::slugify(&p.title);
            if slug.is_empty() {
                slug = "page".to_owned();
            }
            kaiku_store::wiki::insert(
                &mut tx,
                &kaiku_store::wiki::NewPage {
                    id: &p.id,
                    revision_id: &crate::secrets::new_ordered_id(),
                    space_id: &p.space_id,
                    parent_id: p.parent_id.as_deref(),
                    slug: &slug,
                    title: &p.title,
                    body: &p.body,
                    body_html: &markdown::render(&p.body),
                    author_id: &p.author_id,
                    summary: "",
                    now: p.created_at,
                },
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Keeps what was seeded and how long it took (the benchmark reports it).
    pub async fn record_report(&self, json: &str) -> Result<()> {
        kaiku_store::server_keys::set(self.services.db(), "seed-report", json, self.services.now())
            .await?;
        Ok(())
    }

    /// Finishes a load: planner statistics, and consumers start from here. The
    /// rows went in without outbox events, so every node's search index is
    /// asked to rebuild from the database.
    pub async fn finish(&self) -> Result<()> {
        bulk::analyze(self.services.db()).await?;
        self.services.request_reindex(&Viewer::system()).await?;
        Ok(())
    }
}

/// A space a virtual user belongs to: id, slug and its newest posts' ids.
pub type BenchSpace = (String, String, Vec<String>);

/// What the benchmark drives: who signs in, where they go, what they look at.
#[derive(Debug, Clone, Default)]
pub struct BenchSample {
    /// `(email, [(space id, slug, newest post ids)])` of members.
    pub accounts: Vec<(String, Vec<BenchSpace>)>,
    pub people: Vec<String>,
    pub skills: Vec<String>,
    pub locations: Vec<String>,
    /// Database size in bytes (PostgreSQL; SQLite's is its file).
    pub database_bytes: Option<i64>,
    /// The seed's own report (JSON), if it was seeded.
    pub seed_report: Option<String>,
}

impl SeedWriter {
    /// Picks the benchmark's virtual users and what they visit.
    pub async fn bench_sample(&self, accounts: usize) -> Result<BenchSample> {
        let db = self.services.db();
        let mut out = BenchSample::default();
        for (email, spaces) in
            bulk::sample_members(db, i64::try_from(accounts).unwrap_or(32)).await?
        {
            let mut with_posts = Vec::new();
            for (id, slug) in spaces.into_iter().take(20) {
                let posts = bulk::sample_posts(db, &id, 10).await?;
                with_posts.push((id, slug, posts));
            }
            out.accounts.push((email, with_posts));
        }
        let (people, skills) = bulk::sample_people(db, 500).await?;
        out.people = people;
        out.skills = skills;
        out.locations = kaiku_store::people::locations(db)
            .await?
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        out.database_bytes = bulk::database_size(db).await?;
        out.seed_report = bulk::seed_report(db).await?;
        Ok(out)
    }
}
