//! The node's indexer: the only writer of this node's index. It follows the
//! outbox from the place noted in its last commit, so a crash replays at most the
//! batch it was applying (every change is an idempotent replace or delete), and
//! rebuilds everything from the database when the index is new, from another
//! version, or the administrators asked for a rebuild (`kaiku reindex`).

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use std::time::Duration;

use kaiku_search::{Change, SearchIndex};
use kaiku_store::outbox::{self, Cursor};
use kaiku_store::search_source as source;
use kaiku_store::server_keys;

use super::documents;
use crate::{DomainError, Result, Services};

/// The server key whose change makes every node rebuild its index.
pub(crate) const GENERATION_KEY: &str = "search-generation";
/// Events read per commit.
const BATCH: i64 = 500;
/// Rows read per rebuild step.
const REBUILD_BATCH: i64 = 2_000;
/// How often the outbox is looked at when idle.
const POLL: Duration = Duration::from_millis(200);

/// Where an index stands: the generation it was built for and its outbox place.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Place {
    generation: String,
    cursor: Cursor,
}

impl Place {
    fn encode(&self) -> String {
        format!(
            "{} {} {}",
            self.generation, self.cursor.txid, self.cursor.seq
        )
    }

    fn decode(s: &str) -> Option<Place> {
        let mut it = s.split(' ');
        let generation = it.next()?.to_owned();
        let txid = it.next()?.parse().ok()?;
        let seq = it.next()?.parse().ok()?;
        Some(Place {
            generation,
            cursor: Cursor { txid, seq },
        })
    }
}

fn index_error(e: kaiku_search::Error) -> DomainError {
    DomainError::Internal(e.to_string())
}

/// Runs blocking index work off the async threads.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> kaiku_search::Result<T> + Send + 'static,
) -> Result<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| DomainError::Internal(e.to_string()))?
        .map_err(index_error)
}

/// Keeps this node's index in step with the database, until stopped.
pub struct SearchWorker {
    services: Services,
    index: Arc<SearchIndex>,
}

impl SearchWorker {
    /// The worker for the index attached to these services.
    pub fn new(services: Services) -> Option<SearchWorker> {
        let index = services.search_index()?;
        Some(SearchWorker { services, index })
    }

    /// Runs until `shutdown` resolves.
    pub async fn run(self, shutdown: impl std::future::Future<Output = ()>) {
        tokio::pin!(shutdown);
        loop {
            let did = match self.step().await {
                Ok(n) => n,
                Err(e) => {
                    tracing::error!(error = %e, "search: could not update the index");
                    0
                }
            };
            if did > 0 {
                continue;
            }
            tokio::select! {
                () = &mut shutdown => return,
                () = tokio::time::sleep(POLL) => {}
            }
        }
    }

    /// Brings the index one step closer to the database; returns how much it did.
    pub async fn step(&self) -> Result<usize> {
        let db = self.services.db();
        let generation = server_keys::get(db, GENERATION_KEY)
            .await?
            .unwrap_or_else(|| "0".to_owned());
        let index = self.index.clone();
        let place = blocking(move || index.payload())
            .await?
            .and_then(|p| Place::decode(&p));
        let place = match place {
            Some(p)
                if p.generation == generation
                    && !outbox::cursor_from_elsewhere(db, p.cursor).await? =>
            {
                p
            }
            _ => return self.rebuild(generation).await,
        };
        let events = outbox::read(db, place.cursor, BATCH).await?;
        let Some(last) = events.last() else {
            return Ok(0);
        };
        let to = Place {
            generation,
            cursor: Cursor {
                txid: last.txid,
                seq: last.seq,
            },
        };
        let mut wanted = Wanted::default();
        for e in &events {
            wanted.note(&e.kind, &e.subject_id);
        }
        let n = events.len();
        let changes = self.changes(wanted).await?;
        let index = self.index.clone();
        let payload = to.encode();
        blocking(move || index.apply(changes, &payload)).await?;
        Ok(n)
    }

    /// Works out the replacement documents for what the events touched.
    async fn changes(&self, w: Wanted) -> Result<Vec<Change>> {
        let db = self.services.db();
        let mut out = Vec::new();
        let mut topics: BTreeSet<String> = BTreeSet::new();
        let mut comment_ids: BTreeSet<String> = w.comments;
        for post_id in &w.deleted_posts {
            comment_ids.extend(source::comment_ids_of_post(db, post_id).await?);
        }
        let post_ids: Vec<String> = w.posts.into_iter().collect();
        for id in &post_ids {
            let index = self.index.clone();
            let id = id.clone();
            topics.extend(blocking(move || index.topics_of("post", &id)).await?);
        }
        let live = source::posts(db, &post_ids).await?;
        let mut tags: HashMap<String, Vec<String>> = HashMap::new();
        for (post, topic) in source::topics_of(db, &post_ids).await? {
            topics.insert(topic.clone());
            tags.entry(post).or_default().push(topic);
        }
        for id in &post_ids {
            match live.iter().find(|p| &p.id == id) {
                Some(p) => out.push(Change::Upsert(documents::post(
                    p,
                    tags.remove(id).unwrap_or_default(),
                ))),
                None => out.push(Change::Delete("post", id.clone())),
            }
        }
        let comment_ids: Vec<String> = comment_ids.into_iter().collect();
        let live = source::comments(db, &comment_ids).await?;
        for id in &comment_ids {
            match live.iter().find(|c| &c.id == id) {
                Some(c) => out.push(Change::Upsert(documents::comment(c))),
                None => out.push(Change::Delete("comment", id.clone())),
            }
        }
        let page_ids: Vec<String> = w.wiki.into_iter().collect();
        let live = source::wiki_pages(db, &page_ids).await?;
        for id in &page_ids {
            match live.iter().find(|p| &p.id == id) {
                Some(p) => out.push(Change::Upsert(documents::wiki(p))),
                None => out.push(Change::Delete("wiki", id.clone())),
            }
        }
        let space_ids: Vec<String> = w.spaces.into_iter().collect();
        let live = source::spaces(db, &space_ids).await?;
        for id in &space_ids {
            match live.iter().find(|s| &s.id == id) {
                Some(s) => out.push(Change::Upsert(documents::space(s))),
                None => out.push(Change::DeleteSpace(id.clone())),
            }
        }
        let mut people = w.people;
        for unit in &w.units {
            people.extend(source::people_in_unit(db, unit).await?);
        }
        let person_ids: Vec<String> = people.into_iter().collect();
        let live = source::people(db, &person_ids).await?;
        let mut docs = person_docs(db, &live).await?;
        for id in &person_ids {
            match docs.remove(id) {
                Some(d) => out.push(Change::Upsert(d)),
                None => out.push(Change::Delete("person", id.clone())),
            }
        }
        for t in topics {
            let uses = source::topic_uses(db, &t).await?;
            match documents::topic(&t, &uses) {
                Some(d) => out.push(Change::Upsert(d)),
                None => out.push(Change::Delete("topic", t)),
            }
        }
        Ok(out)
    }

    /// Builds the index afresh from the database. The outbox place is noted
    /// first, so whatever changes meanwhile is replayed afterwards; until the
    /// last commit the index carries no place, so a crash starts the rebuild over.
    async fn rebuild(&self, generation: String) -> Result<usize> {
        let db = self.services.db();
        let started = std::time::Instant::now();
        let head = outbox::head(db).await?;
        tracing::info!("search: building the index from the database");
        let index = self.index.clone();
        blocking(move || {
            index.clear()?;
            index.apply(Vec::new(), "")
        })
        .await?;
        let mut total = 0usize;
        let mut commit = |changes: Vec<Change>| {
            let index = self.index.clone();
            total += changes.len();
            blocking(move || index.apply(changes, ""))
        };
        let mut after = String::new();
        loop {
            let rows = source::spaces_after(db, &after, REBUILD_BATCH).await?;
            let Some(last) = rows.last() else { break };
            after = last.id.clone();
            commit(
                rows.iter()
                    .map(|s| Change::Upsert(documents::space(s)))
                    .collect(),
            )
            .await?;
        }
        after.clear();
        loop {
            let rows = source::people_after(db, &after, REBUILD_BATCH).await?;
            let Some(last) = rows.last() else { break };
            after = last.id.clone();
            commit(
                person_docs(db, &rows)
                    .await?
                    .into_values()
                    .map(Change::Upsert)
                    .collect(),
            )
            .await?;
        }
        after.clear();
        loop {
            let rows = source::posts_after(db, &after, REBUILD_BATCH).await?;
            let Some(last) = rows.last() else { break };
            after = last.id.clone();
            let ids: Vec<String> = rows.iter().map(|p| p.id.clone()).collect();
            let mut tags: HashMap<String, Vec<String>> = HashMap::new();
            for (post, topic) in source::topics_of(db, &ids).await? {
                tags.entry(post).or_default().push(topic);
            }
            commit(
                rows.iter()
                    .map(|p| {
                        Change::Upsert(documents::post(p, tags.remove(&p.id).unwrap_or_default()))
                    })
                    .collect(),
            )
            .await?;
        }
        after.clear();
        loop {
            let rows = source::comments_after(db, &after, REBUILD_BATCH).await?;
            let Some(last) = rows.last() else { break };
            after = last.id.clone();
            commit(
                rows.iter()
                    .map(|c| Change::Upsert(documents::comment(c)))
                    .collect(),
            )
            .await?;
        }
        after.clear();
        loop {
            let rows = source::wiki_pages_after(db, &after, REBUILD_BATCH).await?;
            let Some(last) = rows.last() else { break };
            after = last.id.clone();
            commit(
                rows.iter()
                    .map(|p| Change::Upsert(documents::wiki(p)))
                    .collect(),
            )
            .await?;
        }
        let uses = source::all_topic_uses(db).await?;
        let mut docs = Vec::new();
        let mut i = 0;
        while i < uses.len() {
            let j = uses[i..]
                .iter()
                .position(|u| u.topic != uses[i].topic)
                .map_or(uses.len(), |k| i + k);
            if let Some(d) = documents::topic(&uses[i].topic, &uses[i..j]) {
                docs.push(Change::Upsert(d));
            }
            i = j;
        }
        let place = Place {
            generation,
            cursor: head,
        };
        let index = self.index.clone();
        let payload = place.encode();
        total += docs.len();
        blocking(move || index.apply(docs, &payload)).await?;
        tracing::info!(
            documents = total,
            seconds = started.elapsed().as_secs_f64(),
            "search: index built"
        );
        Ok(total.max(1))
    }
}

impl Services {
    /// Whether this node's index has taken in every change committed so far
    /// (for tests and health checks).
    pub async fn search_caught_up(&self) -> Result<bool> {
        let Some(index) = self.search_index() else {
            return Ok(false);
        };
        let place = blocking(move || index.payload())
            .await?
            .and_then(|p| Place::decode(&p));
        let Some(place) = place else {
            return Ok(false);
        };
        Ok(place.cursor >= outbox::latest(self.db()).await?)
    }
}

/// The documents of these people (the active ones), with their skills and
/// languages, by id.
async fn person_docs(
    db: &kaiku_store::Db,
    rows: &[source::SearchPerson],
) -> Result<HashMap<String, kaiku_search::Doc>> {
    let ids: Vec<String> = rows.iter().map(|p| p.id.clone()).collect();
    let mut extras: HashMap<String, documents::PersonExtras> = HashMap::new();
    for (id, skill) in source::skills_of(db, &ids).await? {
        extras.entry(id).or_default().skills.push(skill);
    }
    for (id, lang) in source::languages_of(db, &ids).await? {
        extras.entry(id).or_default().languages.push(lang);
    }
    let none = documents::PersonExtras::default();
    Ok(rows
        .iter()
        .filter_map(|p| {
            let doc = documents::person(p, extras.get(&p.id).unwrap_or(&none))?;
            Some((p.id.clone(), doc))
        })
        .collect())
}

/// What a batch of events asks to refresh.
#[derive(Default)]
struct Wanted {
    posts: BTreeSet<String>,
    deleted_posts: BTreeSet<String>,
    comments: BTreeSet<String>,
    wiki: BTreeSet<String>,
    spaces: BTreeSet<String>,
    people: BTreeSet<String>,
    /// Organisation units renamed or moved: their people are found by the name.
    units: BTreeSet<String>,
}

impl Wanted {
    fn note(&mut self, kind: &str, subject: &str) {
        let s = subject.to_owned();
        match kind {
            "post.created" | "post.edited" => {
                self.posts.insert(s);
            }
            "post.deleted" => {
                self.posts.insert(s.clone());
                self.deleted_posts.insert(s);
            }
            "comment.created" | "comment.edited" | "comment.deleted" => {
                self.comments.insert(s);
            }
            "wiki.created" | "wiki.edited" | "wiki.deleted" => {
                self.wiki.insert(s);
            }
            "space.created" | "space.changed" | "space.deleted" => {
                self.spaces.insert(s);
            }
            "person.changed" => {
                self.people.insert(s);
            }
            "unit.changed" => {
                self.units.insert(s);
            }
            _ => {}
        }
    }
}
