//! "Who knows …?": people ranked by how well their skills match the question
//! (the skill itself, then skills that contain the word, then skills the
//! skill's holders usually also have), then by how recently they took part.

use std::collections::HashMap;

use kaiku_i18n::Lang;
use kaiku_store::people as store;

use super::{PersonSummary, skill_tag};
use crate::{Result, Services, Viewer, policy};

/// A person who knows about something, and why they were found.
#[derive(Debug, Clone)]
pub struct Expert {
    pub person: PersonSummary,
    /// The matching skills' tags, best first.
    pub matched: Vec<String>,
    /// Whether one of them is the skill asked about itself.
    pub exact: bool,
    pub score: i64,
}

impl Expert {
    /// Whether this skill (by tag) is one of the matches.
    pub fn matches(&self, tag: &str) -> bool {
        self.matched.iter().any(|m| m == tag)
    }

    /// The best match.
    pub fn best(&self) -> Option<&str> {
        self.matched.first().map(String::as_str)
    }
}

/// A person's running score: the total, the matches with their weights, and
/// whether the skill itself was among them.
type Score = (i64, Vec<(i64, String)>, bool);

/// How much a match of each kind weighs; a level (1–3) adds to it.
const EXACT: i64 = 100;
const CONTAINS: i64 = 40;
const RELATED: i64 = 10;

impl Services {
    /// People who know about `topic`, best first (at most `limit`).
    pub async fn experts(
        &self,
        viewer: &Viewer,
        lang: Lang,
        topic: &str,
        limit: usize,
    ) -> Result<Vec<Expert>> {
        policy::require(viewer, policy::Action::ListPeople)?;
        let tag = skill_tag(topic);
        if tag.chars().count() < 2 {
            return Ok(Vec::new());
        }
        let scope = policy::people_scope(viewer);
        let mut scores: HashMap<String, Score> = HashMap::new();
        let mut activity: HashMap<String, i64> = HashMap::new();
        let mut add = |m: store::SkillMatch, weight: i64, exact: bool| {
            activity.insert(m.user_id.clone(), m.last_active_at.unwrap_or(0));
            let (user, skill) = (m.user_id, m.skill);
            let e = scores.entry(user).or_insert((0, Vec::new(), false));
            if !e.1.iter().any(|(_, s)| *s == skill) {
                e.0 += weight;
                e.1.push((weight, skill));
            }
            e.2 |= exact;
        };
        // The skill itself always counts, even one added on another node since
        // the vocabulary was read; skills that contain the word come from it.
        let mut tags: Vec<String> = vec![tag.clone()];
        tags.extend(
            self.skill_vocabulary()
                .await?
                .iter()
                .filter(|t| **t != tag && t.contains(tag.as_str()))
                .take(49)
                .cloned(),
        );
        for m in store::skill_holders(self.db(), &tags, scope.as_deref(), 5000).await? {
            let level = m.level.unwrap_or(0);
            if m.skill == tag {
                add(m, EXACT + level * 10, true);
            } else {
                add(m, CONTAINS + level * 5, false);
            }
        }
        let related: Vec<String> = store::skills_held_with(self.db(), &tag, 10)
            .await?
            .into_iter()
            .filter(|(_, n)| *n >= 2)
            .map(|(s, _)| s)
            .collect();
        if !related.is_empty() {
            for m in store::skill_holders(self.db(), &related, scope.as_deref(), 2000).await? {
                let weight = RELATED + m.level.unwrap_or(0);
                add(m, weight, false);
            }
        }
        // Rank on the scores alone and load only the people shown: "SAP" can
        // match a thousand people, and loading them all cost a query per fifty.
        let limit = limit.clamp(1, 100);
        let at = |id: &str| activity.get(id).copied().unwrap_or(0);
        let mut ranked: Vec<(&String, i64)> = scores.iter().map(|(id, s)| (id, s.0)).collect();
        ranked.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then_with(|| at(b.0).cmp(&at(a.0)))
                .then(a.0.cmp(b.0))
        });
        let ids: Vec<String> = ranked
            .iter()
            .take(limit)
            .map(|(id, _)| (*id).clone())
            .collect();
        let lines = store::lines_among(self.db(), lang.code(), &ids).await?;
        let mut people = self.summaries(lines).await?;
        let mut out: Vec<Expert> = people
            .drain(..)
            .filter(|p| p.active)
            .filter_map(|p| {
                let (score, mut matched, exact) = scores.remove(&p.id)?;
                matched.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
                Some(Expert {
                    matched: matched.into_iter().map(|(_, s)| s).collect(),
                    exact,
                    score,
                    person: p,
                })
            })
            .collect();
        out.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then_with(|| at(&b.person.id).cmp(&at(&a.person.id)))
                .then_with(|| a.person.display_name.cmp(&b.person.display_name))
        });
        out.truncate(limit);
        Ok(out)
    }
}
