//! Finding people: the directory's filtered, alphabetical pages and its filter
//! lists, and the expert finder's skill matches. Queries are assembled from the
//! filters given, so the planner can start from the most selective one.

use crate::Result;
use crate::db::{Db, Slots, q};
use crate::people::{LINE_COLS, PersonLine};

/// What the directory shows.
#[derive(Debug, Clone, Default)]
pub struct DirectoryFilter {
    /// The collation to sort by (`en`, `fi`, …).
    pub lang: String,
    /// Up to three lower-cased words, each matched anywhere in name, title,
    /// e-mail or location.
    pub words: Vec<String>,
    /// A unit: its people and those of every unit below it.
    pub unit_id: Option<String>,
    pub location_key: Option<String>,
    pub skill: Option<String>,
    pub language: Option<String>,
    /// People reporting to this person.
    pub manager_id: Option<String>,
    /// Active people only (`Some(true)`), deactivated only, or both (`None`).
    pub active: Option<bool>,
    /// `admin`, `member` or `guest`.
    pub role: Option<String>,
    /// A guest viewer: only they and people who share a space with them.
    pub guest_scope: Option<String>,
    /// Keyset cursor: continue after this `(sort key, id)`.
    pub after: Option<(Vec<u8>, String)>,
    pub limit: i64,
}

fn like(word: &str) -> String {
    let escaped: String = word
        .chars()
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            c => vec![c],
        })
        .collect();
    format!("%{escaped}%")
}

/// A page of the directory, in the language's alphabetical order.
///
/// Only the filters given become conditions, so the planner can start from the
/// most selective one (a manager's reports, a skill, a location) instead of
/// walking all ten thousand people in name order.
pub async fn directory(db: &Db, f: &DirectoryFilter) -> Result<Vec<PersonLine>> {
    let mut sql = Slots::default();
    let mut with = String::new();
    let mut cond = vec![format!("k.lang = {}", sql.slot(&f.lang))];
    if let Some(active) = f.active {
        cond.push(format!("u.active = {}", sql.slot(active)));
    }
    if let Some(role) = &f.role {
        cond.push(format!("u.role = {}", sql.slot(role)));
    }
    for word in f.words.iter().take(3) {
        cond.push(format!(
            "u.directory_text LIKE {} ESCAPE '\\'",
            sql.slot(like(word))
        ));
    }
    if let Some(unit) = &f.unit_id {
        with = format!(
            "WITH RECURSIVE sub(id) AS (SELECT id FROM org_units WHERE id = {} \
             UNION ALL SELECT c.id FROM org_units c JOIN sub ON c.parent_id = sub.id) ",
            sql.slot(unit)
        );
        cond.push("u.unit_id IN (SELECT id FROM sub)".to_owned());
    }
    if let Some(location) = &f.location_key {
        cond.push(format!("u.location_key = {}", sql.slot(location)));
    }
    if let Some(skill) = &f.skill {
        cond.push(format!(
            "u.id IN (SELECT s.user_id FROM user_skills s WHERE s.skill = {})",
            sql.slot(skill)
        ));
    }
    if let Some(language) = &f.language {
        cond.push(format!(
            "u.id IN (SELECT l.user_id FROM user_languages l WHERE l.lang = {})",
            sql.slot(language)
        ));
    }
    if let Some(manager) = &f.manager_id {
        cond.push(format!("u.manager_id = {}", sql.slot(manager)));
    }
    if let Some(guest) = &f.guest_scope {
        let g = sql.slot(guest);
        cond.push(format!(
            "(u.id = {g} OR EXISTS (SELECT 1 FROM space_members a \
             JOIN space_members b ON b.space_id = a.space_id \
             WHERE a.user_id = {g} AND b.user_id = u.id))"
        ));
    }
    if let Some((key, id)) = &f.after {
        let k = sql.slot(key.clone());
        let i = sql.slot(id);
        cond.push(format!(
            "k.sort_key >= {k} AND (k.sort_key > {k} OR k.user_id > {i})"
        ));
    }
    let text = format!(
        "{with}SELECT {LINE_COLS} FROM person_sort_keys k JOIN users u ON u.id = k.user_id \
         LEFT JOIN org_units o ON o.id = u.unit_id WHERE {} \
         ORDER BY k.sort_key, k.user_id LIMIT {}",
        cond.join(" AND "),
        sql.slot(f.limit)
    );
    db.fetch_all(sql.statement(text)).await
}

/// People whose skills match a word: exactly, or by containing it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SkillMatch {
    pub user_id: String,
    pub skill: String,
    pub level: Option<i64>,
    /// For ranking before the people are loaded: ties go to the recently active.
    pub last_active_at: Option<i64>,
}

/// Every distinct skill tag anyone holds, in order (a few dozen to a few
/// thousand: the vocabulary the expert finder matches words against).
pub async fn skill_tags(db: &Db) -> Result<Vec<String>> {
    let tags: Vec<(String,)> = db
        .fetch_all(q(
            "SELECT DISTINCT skill FROM user_skills ORDER BY skill LIMIT 100000",
        ))
        .await?;
    Ok(tags.into_iter().map(|(t,)| t).collect())
}

/// The skills most often held together with `skill` (its related tags).
pub async fn skills_held_with(db: &Db, skill: &str, limit: i64) -> Result<Vec<(String, i64)>> {
    db.fetch_all(
        q("SELECT o.skill, COUNT(*) AS n FROM user_skills s \
           JOIN user_skills o ON o.user_id = s.user_id AND o.skill <> s.skill \
           WHERE s.skill = $1 GROUP BY o.skill ORDER BY n DESC, o.skill LIMIT $2")
        .bind(skill)
        .bind(limit),
    )
    .await
}

/// Active people with any of these skills, within the guest scope when given
/// (at most `limit` rows).
pub async fn skill_holders(
    db: &Db,
    skills: &[String],
    guest_scope: Option<&str>,
    limit: i64,
) -> Result<Vec<SkillMatch>> {
    if skills.is_empty() {
        return Ok(Vec::new());
    }
    let mut sql = Slots::default();
    let list: Vec<String> = skills.iter().map(|s| sql.slot(s)).collect();
    let scope = match guest_scope {
        Some(g) => {
            let g = sql.slot(g);
            format!(
                " AND (u.id = {g} OR EXISTS (SELECT 1 FROM space_members a \
                 JOIN space_members b ON b.space_id = a.space_id \
                 WHERE a.user_id = {g} AND b.user_id = u.id))"
            )
        }
        None => String::new(),
    };
    let text = format!(
        "SELECT s.user_id, s.skill, s.level, u.last_active_at FROM user_skills s \
         JOIN users u ON u.id = s.user_id WHERE s.skill IN ({}) AND u.active{scope} LIMIT {}",
        list.join(", "),
        sql.slot(limit)
    );
    db.fetch_all(sql.statement(text)).await
}

/// The distinct locations people gave, for the directory's filter.
pub async fn locations(db: &Db) -> Result<Vec<(String, String)>> {
    db.fetch_all(q(
        "SELECT location_key, MIN(location) FROM users WHERE active AND location_key IS NOT NULL \
         GROUP BY location_key ORDER BY location_key LIMIT 500",
    ))
    .await
}

/// The languages people speak, with how many speak each.
pub async fn spoken_languages(db: &Db) -> Result<Vec<(String, i64)>> {
    db.fetch_all(q("SELECT l.lang, COUNT(*) FROM user_languages l \
         WHERE l.user_id IN (SELECT u.id FROM users u WHERE u.active) \
         GROUP BY l.lang ORDER BY COUNT(*) DESC LIMIT 200"))
        .await
}
