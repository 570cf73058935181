//! The organisation's units in one tree, kept by administrators: a page per
//! unit (its lead, people and sub-units) and the org chart that walks it.

use kaiku_i18n::{Lang, Tr};
use kaiku_store::org::{self as store, KindRow, UnitRow, UnitWrite};
use kaiku_store::people::{self as people_store, DirectoryFilter};

use super::{PersonSummary, collation};
use crate::input::{self, Checks};
use crate::{DomainError, Result, Services, Viewer, policy, secrets};

/// The kinds every organisation starts with.
const BUILTIN_KINDS: [&str; 5] = ["group", "company", "business_unit", "department", "team"];

/// A kind of unit.
#[derive(Debug, Clone)]
pub struct UnitKind {
    pub id: String,
    /// A built-in kind's stable key; `None` for the administrators' own.
    pub builtin: Option<String>,
    pub name: String,
}

impl UnitKind {
    /// Its name in `tr`'s language (built-in kinds are translated).
    pub fn label(&self, tr: &Tr) -> String {
        match &self.builtin {
            Some(b) => tr.t(&format!("orgkind-{}", b.replace('_', "-"))),
            None => self.name.clone(),
        }
    }
}

/// A unit of the organisation.
#[derive(Debug, Clone)]
pub struct OrgUnit {
    pub id: String,
    pub parent_id: Option<String>,
    pub kind: UnitKind,
    pub name: String,
    pub description: String,
    pub lead_id: Option<String>,
    pub lead_name: Option<String>,
    /// Active people directly in it.
    pub people: i64,
    /// How deep in the tree (0 at the top), for indenting.
    pub depth: usize,
}

/// A unit's page.
#[derive(Debug, Clone)]
pub struct UnitPage {
    pub unit: OrgUnit,
    /// From the top of the tree down to the unit's parent.
    pub path: Vec<OrgUnit>,
    pub children: Vec<OrgUnit>,
    /// Its people, alphabetically.
    pub people: Vec<PersonSummary>,
}

/// A unit from the administrators' form.
#[derive(Debug, Clone, Default)]
pub struct UnitInput {
    pub name: String,
    pub kind_id: String,
    /// Empty: at the top of the tree.
    pub parent_id: String,
    pub description: String,
    /// The lead's id or e-mail address, or empty.
    pub lead: String,
}

fn kind_of(r: &UnitRow) -> UnitKind {
    UnitKind {
        id: r.kind_id.clone(),
        builtin: r.kind_builtin.clone(),
        name: r.kind_name.clone(),
    }
}

fn unit_of(r: UnitRow, depth: usize) -> OrgUnit {
    OrgUnit {
        kind: kind_of(&r),
        id: r.id,
        parent_id: r.parent_id,
        name: r.name,
        description: r.description,
        lead_id: r.lead_id,
        lead_name: r.lead_name,
        people: r.people,
        depth,
    }
}

/// Orders a flat list of units as a tree, depth first, each level by name.
fn as_tree(rows: Vec<UnitRow>) -> Vec<OrgUnit> {
    fn walk(rows: &[UnitRow], parent: Option<&str>, depth: usize, out: &mut Vec<OrgUnit>) {
        if depth > 32 {
            return;
        }
        for r in rows.iter().filter(|r| r.parent_id.as_deref() == parent) {
            out.push(unit_of(r.clone(), depth));
            walk(rows, Some(&r.id), depth + 1, out);
        }
    }
    let mut out = Vec::with_capacity(rows.len());
    walk(&rows, None, 0, &mut out);
    out
}

impl Services {
    /// Adds the built-in kinds once (a new organisation, or one from before).
    async fn ensure_kinds(&self) -> Result<()> {
        if !store::kinds(self.db()).await?.is_empty() {
            return Ok(());
        }
        let mut tx = self.db().begin().await?;
        for (i, k) in BUILTIN_KINDS.iter().enumerate() {
            store::add_kind(
                &mut tx,
                &KindRow {
                    id: (*k).to_owned(),
                    builtin: Some((*k).to_owned()),
                    name: (*k).replace('_', " "),
                    position: i64::try_from(i).unwrap_or(0),
                },
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The kinds of unit.
    pub async fn unit_kinds(&self, viewer: &Viewer) -> Result<Vec<UnitKind>> {
        policy::require(viewer, policy::Action::ListPeople)?;
        self.ensure_kinds().await?;
        Ok(store::kinds(self.db())
            .await?
            .into_iter()
            .map(|k| UnitKind {
                id: k.id,
                builtin: k.builtin,
                name: k.name,
            })
            .collect())
    }

    /// Adds a kind of unit of the administrators' own (a "region", a "cost centre").
    pub async fn add_unit_kind(&self, viewer: &Viewer, name: &str) -> Result<UnitKind> {
        policy::require(viewer, policy::Action::Administer)?;
        self.ensure_kinds().await?;
        let name = input::text("name", name, input::LABEL_MAX, true)
            .map_err(|e| DomainError::Invalid(vec![e]))?;
        let kinds = store::kinds(self.db()).await?;
        if kinds.len() >= 50 {
            return Err(DomainError::invalid("name", "error-too-many"));
        }
        let kind = KindRow {
            id: secrets::new_id(),
            builtin: None,
            name,
            position: i64::try_from(kinds.len()).unwrap_or(0),
        };
        let mut tx = self.db().begin().await?;
        store::add_kind(&mut tx, &kind).await?;
        self.audit(&mut tx, viewer, "org.kind_add", Some(&kind.id), &kind.name)
            .await?;
        tx.commit().await?;
        Ok(UnitKind {
            id: kind.id,
            builtin: None,
            name: kind.name,
        })
    }

    /// Removes a kind no unit uses.
    pub async fn remove_unit_kind(&self, viewer: &Viewer, id: &str) -> Result<()> {
        policy::require(viewer, policy::Action::Administer)?;
        let mut tx = self.db().begin().await?;
        if !store::remove_kind(&mut tx, id).await? {
            return Err(DomainError::Conflict {
                key: "error-kind-in-use",
            });
        }
        self.audit(&mut tx, viewer, "org.kind_remove", Some(id), "")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The whole organisation, as a tree (depth first).
    pub async fn org_tree(&self, viewer: &Viewer) -> Result<Vec<OrgUnit>> {
        policy::require(viewer, policy::Action::ListPeople)?;
        // Partners see the people they share spaces with, not the organisation.
        if Self::is_guest(viewer) {
            return Ok(Vec::new());
        }
        Ok(as_tree(store::units(self.db()).await?))
    }

    /// One unit's page: its path from the top, sub-units and people.
    pub async fn org_unit(&self, viewer: &Viewer, lang: Lang, id: &str) -> Result<UnitPage> {
        let tree = self.org_tree(viewer).await?;
        let unit = tree
            .iter()
            .find(|u| u.id == id)
            .cloned()
            .ok_or(DomainError::NotFound)?;
        let mut path = Vec::new();
        let mut at = unit.parent_id.clone();
        while let Some(p) = at {
            match tree.iter().find(|u| u.id == p) {
                Some(u) if path.len() < 32 => {
                    at = u.parent_id.clone();
                    path.push(u.clone());
                }
                _ => break,
            }
        }
        path.reverse();
        let children = tree
            .iter()
            .filter(|u| u.parent_id.as_deref() == Some(id))
            .cloned()
            .collect();
        // Only the people directly in the unit; the directory's unit filter
        // includes sub-units.
        let rows = people_store::directory(
            self.db(),
            &DirectoryFilter {
                lang: lang.code().to_owned(),
                unit_id: Some(unit.id.clone()),
                active: Some(true),
                limit: 1000,
                ..DirectoryFilter::default()
            },
        )
        .await?
        .into_iter()
        .filter(|l| l.unit_id.as_deref() == Some(id))
        .collect();
        Ok(UnitPage {
            people: self.summaries(rows).await?,
            unit,
            path,
            children,
        })
    }

    async fn check_unit(&self, viewer: &Viewer, input: &UnitInput) -> Result<UnitWrite> {
        let mut c = Checks::default();
        let name = c.take(input::text("name", &input.name, input::ORG_NAME_MAX, true));
        let description = c.take(input::text("description", &input.description, 500, false));
        self.ensure_kinds().await?;
        let kinds = store::kinds(self.db()).await?;
        if !kinds.iter().any(|k| k.id == input.kind_id) {
            c.push("kind_id", "error-choice-invalid");
        }
        let lead = match input.lead.trim() {
            "" => None,
            l => match self.find_colleague(viewer, l).await? {
                Some(id) => Some(id),
                None => {
                    c.push("lead", "error-no-such-person");
                    None
                }
            },
        };
        c.finish()?;
        Ok(UnitWrite {
            id: String::new(),
            parent_id: Some(input.parent_id.trim().to_owned()).filter(|p| !p.is_empty()),
            kind_id: input.kind_id.clone(),
            sort_key: hex::encode(collation::sort_key(Lang::En, &name)),
            name,
            description,
            lead_id: lead,
        })
    }

    /// Adds a unit (administrators).
    pub async fn create_unit(&self, viewer: &Viewer, input: UnitInput) -> Result<String> {
        policy::require(viewer, policy::Action::Administer)?;
        let mut unit = self.check_unit(viewer, &input).await?;
        unit.id = secrets::new_id();
        let mut tx = self.db().begin().await?;
        if let Some(p) = &unit.parent_id
            && !store::exists_tx(&mut tx, p).await?
        {
            return Err(DomainError::invalid("parent_id", "error-no-such-unit"));
        }
        store::insert_unit(&mut tx, &unit, self.now()).await?;
        self.audit(&mut tx, viewer, "org.unit_add", Some(&unit.id), &unit.name)
            .await?;
        tx.commit().await?;
        Ok(unit.id)
    }

    /// Changes a unit; it may move anywhere but under itself.
    pub async fn update_unit(&self, viewer: &Viewer, id: &str, input: UnitInput) -> Result<()> {
        policy::require(viewer, policy::Action::Administer)?;
        let mut unit = self.check_unit(viewer, &input).await?;
        unit.id = id.to_owned();
        let mut tx = self.db().begin().await?;
        if !store::exists_tx(&mut tx, id).await? {
            return Err(DomainError::NotFound);
        }
        if let Some(p) = &unit.parent_id {
            if !store::exists_tx(&mut tx, p).await? {
                return Err(DomainError::invalid("parent_id", "error-no-such-unit"));
            }
            // Walking up from the new parent must not reach the unit itself.
            let mut at = Some(p.clone());
            let mut steps = 0;
            while let Some(u) = at {
                if u == id {
                    return Err(DomainError::invalid("parent_id", "error-unit-loop"));
                }
                steps += 1;
                if steps > 64 {
                    break;
                }
                at = store::parent_of_tx(&mut tx, &u).await?;
            }
        }
        store::update_unit(&mut tx, &unit, self.now()).await?;
        self.audit(&mut tx, viewer, "org.unit_change", Some(id), &unit.name)
            .await?;
        // Its people are found by the unit's name, so search refreshes them.
        let actor = viewer.account.as_ref().map(|a| a.id.as_str());
        self.event_about(&mut tx, "unit.changed", None, id, actor, None, None)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Removes an empty unit (no sub-units, no people).
    pub async fn delete_unit(&self, viewer: &Viewer, id: &str) -> Result<()> {
        policy::require(viewer, policy::Action::Administer)?;
        let mut tx = self.db().begin().await?;
        if !store::exists_tx(&mut tx, id).await? {
            return Err(DomainError::NotFound);
        }
        if !store::remove_unit(&mut tx, id).await? {
            return Err(DomainError::Conflict {
                key: "error-unit-not-empty",
            });
        }
        self.audit(&mut tx, viewer, "org.unit_remove", Some(id), "")
            .await?;
        tx.commit().await?;
        Ok(())
    }
}
