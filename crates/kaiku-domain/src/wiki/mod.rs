//! The wiki: pages in a space, arranged in a tree, written by those who may post
//! there and read by those who may read the space. Every save is a new version;
//! a save started from an older version than the current one is refused rather
//! than overwriting somebody else's work, and any version can be brought back.

mod compare;
mod input;

use kaiku_store::wiki::{self as store, PageEdit, PageListRow, PageRow};

use crate::space_policy::SpaceAction;
use crate::stream::{Place, active};
use crate::viewer::Account;
use crate::{DomainError, Lang, Result, Services, Viewer, secrets};

pub use compare::{Change, compare};
pub use input::{BODY_MAX, SUMMARY_MAX, TITLE_MAX};

/// Deepest a page may sit below the top of its space's tree.
pub const DEPTH_MAX: usize = 8;

/// A page as the viewer sees it.
#[derive(Debug, Clone)]
pub struct WikiPage {
    pub id: String,
    pub space_id: String,
    pub parent_id: Option<String>,
    pub slug: String,
    pub title: String,
    pub body: String,
    pub body_html: String,
    /// The current version's number (1 for a new page).
    pub revision: i64,
    pub created_by: String,
    pub created_by_name: String,
    pub created_at: i64,
    pub updated_by_name: String,
    pub updated_at: i64,
    /// The pages above this one, from the top.
    pub ancestors: Vec<WikiLink>,
    /// The pages directly below, by title.
    pub children: Vec<WikiLink>,
    pub can: WikiPermissions,
}

/// A link to a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WikiLink {
    pub id: String,
    pub slug: String,
    pub title: String,
}

/// What the viewer may do with a page.
#[derive(Debug, Clone, Copy, Default)]
pub struct WikiPermissions {
    pub edit: bool,
    pub delete: bool,
}

/// A page in a space's tree, in reading order.
#[derive(Debug, Clone)]
pub struct WikiTreeItem {
    pub id: String,
    pub slug: String,
    pub title: String,
    /// 0 for a page at the top.
    pub depth: usize,
    pub updated_at: i64,
    pub updated_by_name: String,
}

/// One version of a page.
#[derive(Debug, Clone)]
pub struct WikiRevision {
    pub revision: i64,
    pub title: String,
    /// Empty in a history list; the text in [`Services::wiki_revision`].
    pub body: String,
    pub summary: String,
    /// The version this one brought back, for a restore.
    pub restored_from: Option<i64>,
    pub editor: Option<String>,
    pub edited_at: i64,
}

/// What a writer sends for a page.
#[derive(Debug, Clone, Default)]
pub struct WikiInput {
    pub title: String,
    pub body: String,
    /// The page to sit under (`None`: at the top).
    pub parent_id: Option<String>,
    /// What changed, in a line (optional).
    pub summary: String,
}

impl From<PageRow> for WikiPage {
    fn from(r: PageRow) -> Self {
        WikiPage {
            id: r.id,
            space_id: r.space_id,
            parent_id: r.parent_id,
            slug: r.slug,
            title: r.title,
            body: r.body,
            body_html: r.body_html,
            revision: r.revision,
            created_by: r.created_by,
            created_by_name: r.created_by_name,
            created_at: r.created_at,
            updated_by_name: r.updated_by_name,
            updated_at: r.updated_at,
            ancestors: Vec::new(),
            children: Vec::new(),
            can: WikiPermissions::default(),
        }
    }
}

impl From<store::RevisionRow> for WikiRevision {
    fn from(r: store::RevisionRow) -> Self {
        WikiRevision {
            revision: r.revision,
            title: r.title,
            body: r.body,
            summary: r.summary,
            restored_from: r.restored_from,
            editor: r.editor_name,
            edited_at: r.edited_at,
        }
    }
}

/// A space's pages in reading order: each page followed by those below it, and
/// siblings by title as the viewer's language sorts them.
fn tree(rows: Vec<PageListRow>, lang: Lang) -> Vec<WikiTreeItem> {
    let mut rows: Vec<(Vec<u8>, PageListRow)> = rows
        .into_iter()
        .map(|r| (crate::people::collation::sort_key(lang, &r.title), r))
        .collect();
    rows.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.id.cmp(&b.1.id)));
    let rows: Vec<PageListRow> = rows.into_iter().map(|(_, r)| r).collect();
    let known: std::collections::HashSet<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    let is_root = |r: &PageListRow| r.parent_id.as_deref().is_none_or(|p| !known.contains(p));
    // Each page's children, in title order (the rows are sorted already).
    let mut children: std::collections::HashMap<&str, Vec<usize>> =
        std::collections::HashMap::new();
    for (i, r) in rows.iter().enumerate() {
        if let Some(p) = r.parent_id.as_deref() {
            children.entry(p).or_default().push(i);
        }
    }
    let mut out = Vec::with_capacity(rows.len());
    let mut placed = vec![false; rows.len()];
    // The tops first; then, so that no page is ever lost from the list, any page
    // not reached from a top (a page whose parent is gone, or a loop of parents
    // written by hand) starts a tree of its own.
    let starts: Vec<usize> = (0..rows.len())
        .filter(|i| is_root(&rows[*i]))
        .chain(0..rows.len())
        .collect();
    for start in starts {
        let mut stack = vec![(start, 0usize)];
        while let Some((i, depth)) = stack.pop() {
            if placed[i] {
                continue;
            }
            placed[i] = true;
            let r = &rows[i];
            out.push(WikiTreeItem {
                id: r.id.clone(),
                slug: r.slug.clone(),
                title: r.title.clone(),
                depth,
                updated_at: r.updated_at,
                updated_by_name: r.updated_by_name.clone(),
            });
            if let Some(below) = children.get(r.id.as_str()) {
                stack.extend(below.iter().rev().map(|j| (*j, depth + 1)));
            }
        }
    }
    out
}

impl Services {
    /// The space's place for the policy, refusing (as not found) a viewer who may
    /// not read it.
    async fn wiki_place(&self, viewer: &Viewer, space_id: &str) -> Result<(Account, Place)> {
        let acc = active(viewer)?.clone();
        let place = self.place(viewer, Some(space_id)).await?;
        if !Self::may(viewer, &acc, &place, SpaceAction::ReadContent) {
            return Err(DomainError::NotFound);
        }
        Ok((acc, place))
    }

    fn wiki_permissions(
        viewer: &Viewer,
        acc: &Account,
        place: &Place,
        page: &PageRow,
    ) -> WikiPermissions {
        let member = place.space.as_ref().is_some_and(|f| f.role.is_some());
        let writable = place.space.as_ref().is_some_and(|f| !f.archived);
        WikiPermissions {
            edit: Self::may(viewer, acc, place, SpaceAction::EditWiki),
            delete: (page.created_by == acc.id && member && writable)
                || Self::may(viewer, acc, place, SpaceAction::Moderate),
        }
    }

    /// The space's pages, as a tree in reading order.
    pub async fn wiki_pages(
        &self,
        viewer: &Viewer,
        space_id: &str,
        lang: Lang,
    ) -> Result<Vec<WikiTreeItem>> {
        self.wiki_place(viewer, space_id).await?;
        Ok(tree(store::list(self.db(), space_id).await?, lang))
    }

    /// A page by its address in a space.
    pub async fn wiki_page(&self, viewer: &Viewer, space_id: &str, slug: &str) -> Result<WikiPage> {
        let (acc, place) = self.wiki_place(viewer, space_id).await?;
        if slug.len() > 200 {
            return Err(DomainError::NotFound);
        }
        let row = store::get_by_slug(self.db(), space_id, slug)
            .await?
            .ok_or(DomainError::NotFound)?;
        self.wiki_view(viewer, &acc, &place, row).await
    }

    /// A page by id (the API).
    pub async fn wiki_page_by_id(&self, viewer: &Viewer, id: &str) -> Result<WikiPage> {
        let (row, acc, place) = self.readable_page(viewer, id).await?;
        self.wiki_view(viewer, &acc, &place, row).await
    }

    /// A live page the viewer may read, whatever space it is in, with the
    /// viewer and the space's place for the policy (`NotFound` otherwise,
    /// whatever the reason).
    async fn readable_page(&self, viewer: &Viewer, id: &str) -> Result<(PageRow, Account, Place)> {
        active(viewer)?;
        if id.len() > 64 {
            return Err(DomainError::NotFound);
        }
        let row = store::get(self.db(), id)
            .await?
            .ok_or(DomainError::NotFound)?;
        let (acc, place) = self.wiki_place(viewer, &row.space_id).await?;
        Ok((row, acc, place))
    }

    async fn wiki_view(
        &self,
        viewer: &Viewer,
        acc: &Account,
        place: &Place,
        row: PageRow,
    ) -> Result<WikiPage> {
        let can = Self::wiki_permissions(viewer, acc, place, &row);
        let rows = store::list(self.db(), &row.space_id).await?;
        let link = |r: &PageListRow| WikiLink {
            id: r.id.clone(),
            slug: r.slug.clone(),
            title: r.title.clone(),
        };
        let mut ancestors = Vec::new();
        let mut at = row.parent_id.clone();
        while let Some(id) = at {
            let Some(parent) = rows.iter().find(|r| r.id == id) else {
                break;
            };
            if ancestors.len() > DEPTH_MAX || ancestors.contains(&link(parent)) {
                break;
            }
            ancestors.push(link(parent));
            at = parent.parent_id.clone();
        }
        ancestors.reverse();
        let lang = acc.locale.unwrap_or(Lang::En);
        let children = tree(
            rows.into_iter()
                .filter(|r| r.parent_id.as_deref() == Some(row.id.as_str()))
                .collect(),
            lang,
        )
        .into_iter()
        .map(|t| WikiLink {
            id: t.id,
            slug: t.slug,
            title: t.title,
        })
        .collect();
        let mut page = WikiPage::from(row);
        page.ancestors = ancestors;
        page.children = children;
        page.can = can;
        Ok(page)
    }

    /// Writes a new page in a space.
    pub async fn create_wiki_page(
        &self,
        viewer: &Viewer,
        space_id: &str,
        input: WikiInput,
    ) -> Result<WikiPage> {
        let (acc, place) = self.wiki_place(viewer, space_id).await?;
        if place.space.as_ref().is_some_and(|f| f.archived) {
            return Err(DomainError::Conflict {
                key: "error-space-archived",
            });
        }
        if !Self::may(viewer, &acc, &place, SpaceAction::EditWiki) {
            return Err(DomainError::Forbidden);
        }
        let v = input::validate(&input)?;
        let parent = self
            .check_parent(space_id, None, v.parent_id.as_deref())
            .await?;
        let html = crate::markdown::render(&v.body);
        let id = secrets::new_ordered_id();
        let now = self.now();
        let mut tx = self.db().begin().await?;
        // Two pages of one space must not pick the same address at once.
        tx.lock_text(&format!("wiki:{space_id}")).await?;
        let slug = input::free_slug(&mut tx, space_id, &v.title).await?;
        store::insert(
            &mut tx,
            &store::NewPage {
                id: &id,
                revision_id: &secrets::new_ordered_id(),
                space_id,
                parent_id: parent.as_deref(),
                slug: &slug,
                title: &v.title,
                body: &v.body,
                body_html: &html,
                author_id: &acc.id,
                summary: &v.summary,
                now,
            },
        )
        .await?;
        kaiku_store::people::touch_activity(&mut tx, &acc.id, now).await?;
        self.event(&mut tx, "wiki.created", Some(space_id), &id, &acc.id)
            .await?;
        tx.commit().await?;
        self.wiki_page_by_id(viewer, &id).await
    }

    /// Saves a new version of a page, started from version `base_revision`.
    /// If somebody saved after that, nothing is saved and the answer is
    /// `Conflict` (`error-wiki-conflict`), so no one's changes are lost.
    pub async fn edit_wiki_page(
        &self,
        viewer: &Viewer,
        id: &str,
        base_revision: i64,
        input: WikiInput,
    ) -> Result<WikiPage> {
        self.save_version(viewer, id, base_revision, input, None)
            .await
    }

    async fn save_version(
        &self,
        viewer: &Viewer,
        id: &str,
        base_revision: i64,
        input: WikiInput,
        restored_from: Option<i64>,
    ) -> Result<WikiPage> {
        let (row, acc, place) = self.readable_page(viewer, id).await?;
        if place.space.as_ref().is_some_and(|f| f.archived) {
            return Err(DomainError::Conflict {
                key: "error-space-archived",
            });
        }
        if !Self::wiki_permissions(viewer, &acc, &place, &row).edit {
            return Err(DomainError::Forbidden);
        }
        let v = input::validate(&input)?;
        if base_revision != row.revision {
            return Err(DomainError::Conflict {
                key: "error-wiki-conflict",
            });
        }
        let parent = self
            .check_parent(&row.space_id, Some(&row.id), v.parent_id.as_deref())
            .await?;
        if v.title == row.title && v.body == row.body && parent == row.parent_id {
            return self.wiki_page_by_id(viewer, id).await;
        }
        let html = crate::markdown::render(&v.body);
        let mut tx = self.db().begin().await?;
        let saved = store::update(
            &mut tx,
            &PageEdit {
                id: &row.id,
                revision_id: &secrets::new_ordered_id(),
                base_revision,
                parent_id: parent.as_deref(),
                title: &v.title,
                body: &v.body,
                body_html: &html,
                editor_id: &acc.id,
                summary: &v.summary,
                restored_from,
                now: self.now(),
            },
        )
        .await?;
        if !saved {
            return Err(DomainError::Conflict {
                key: "error-wiki-conflict",
            });
        }
        kaiku_store::people::touch_activity(&mut tx, &acc.id, self.now()).await?;
        self.event(
            &mut tx,
            "wiki.edited",
            Some(&row.space_id),
            &row.id,
            &acc.id,
        )
        .await?;
        tx.commit().await?;
        self.wiki_page_by_id(viewer, id).await
    }

    /// The parent a page may have: a live page of the same space, not the page
    /// itself nor one below it, and not so deep that the page would pass
    /// [`DEPTH_MAX`].
    async fn check_parent(
        &self,
        space_id: &str,
        page_id: Option<&str>,
        parent_id: Option<&str>,
    ) -> Result<Option<String>> {
        let Some(parent_id) = parent_id else {
            return Ok(None);
        };
        let bad = || DomainError::invalid("parent_id", "error-wiki-parent");
        let rows = store::list(self.db(), space_id).await?;
        let mut at = Some(parent_id.to_owned());
        let mut depth = 0;
        while let Some(id) = at {
            if page_id == Some(id.as_str()) || depth >= DEPTH_MAX {
                return Err(bad());
            }
            let r = rows.iter().find(|r| r.id == id).ok_or_else(bad)?;
            at = r.parent_id.clone();
            depth += 1;
        }
        Ok(Some(parent_id.to_owned()))
    }

    /// Deletes a page (its first author while a member, or a moderator; a
    /// moderator's deletion is audited). The pages below it move up a level.
    pub async fn delete_wiki_page(&self, viewer: &Viewer, id: &str) -> Result<()> {
        let (row, acc, place) = self.readable_page(viewer, id).await?;
        if !Self::wiki_permissions(viewer, &acc, &place, &row).delete {
            return Err(DomainError::Forbidden);
        }
        let mut tx = self.db().begin().await?;
        store::delete(&mut tx, &row.id, row.parent_id.as_deref(), self.now()).await?;
        if row.created_by != acc.id {
            self.audit(
                &mut tx,
                viewer,
                "wiki.moderated",
                Some(&row.space_id),
                &row.id,
            )
            .await?;
        }
        self.event(
            &mut tx,
            "wiki.deleted",
            Some(&row.space_id),
            &row.id,
            &acc.id,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Every version of a page, newest first.
    pub async fn wiki_revisions(&self, viewer: &Viewer, id: &str) -> Result<Vec<WikiRevision>> {
        let (row, _, _) = self.readable_page(viewer, id).await?;
        Ok(store::revisions(self.db(), &row.id)
            .await?
            .into_iter()
            .map(WikiRevision::from)
            .collect())
    }

    /// One version of a page, with what it changed from the version before.
    pub async fn wiki_revision(
        &self,
        viewer: &Viewer,
        id: &str,
        revision: i64,
    ) -> Result<(WikiRevision, Vec<Change>)> {
        let (row, _, _) = self.readable_page(viewer, id).await?;
        let this = store::revision(self.db(), &row.id, revision)
            .await?
            .ok_or(DomainError::NotFound)?;
        let before = match revision {
            1 => None,
            n => store::revision(self.db(), &row.id, n - 1).await?,
        };
        let changes = compare(before.as_ref().map_or("", |b| b.body.as_str()), &this.body);
        Ok((WikiRevision::from(this), changes))
    }

    /// Brings back an earlier version as a new one (nothing in between is lost:
    /// it stays in the history). `base_revision` is the version the viewer saw
    /// as current, as for an edit.
    pub async fn restore_wiki_revision(
        &self,
        viewer: &Viewer,
        id: &str,
        revision: i64,
        base_revision: i64,
    ) -> Result<WikiPage> {
        let (row, _, _) = self.readable_page(viewer, id).await?;
        let old = store::revision(self.db(), &row.id, revision)
            .await?
            .ok_or(DomainError::NotFound)?;
        let input = WikiInput {
            title: old.title,
            body: old.body,
            parent_id: row.parent_id.clone(),
            summary: String::new(),
        };
        self.save_version(viewer, id, base_revision, input, Some(revision))
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, parent: Option<&str>, title: &str) -> PageListRow {
        PageListRow {
            id: id.into(),
            parent_id: parent.map(Into::into),
            slug: id.into(),
            title: title.into(),
            updated_at: 0,
            updated_by_name: String::new(),
        }
    }

    #[test]
    fn the_tree_lists_each_page_before_those_below_it_and_siblings_by_title() {
        let rows = vec![
            row("a", None, "Ääkköset"),
            row("b", None, "Budjetti"),
            row("c", Some("b"), "Ohjeet"),
            row("d", Some("b"), "Aikataulu"),
            row("e", Some("d"), "Kevät"),
            row("f", Some("gone"), "Orpo"),
        ];
        let got: Vec<(String, usize)> = tree(rows, Lang::Fi)
            .into_iter()
            .map(|t| (t.id, t.depth))
            .collect();
        let want: Vec<(String, usize)> =
            [("b", 0), ("d", 1), ("e", 2), ("c", 1), ("f", 0), ("a", 0)]
                .iter()
                .map(|(i, d)| ((*i).to_owned(), *d))
                .collect();
        // Finnish sorts Ä after Z; a page whose parent is gone is kept at the top.
        assert_eq!(got, want);
    }

    #[test]
    fn a_cycle_in_stored_parents_does_not_hang_or_lose_pages() {
        let rows = vec![row("a", Some("b"), "A"), row("b", Some("a"), "B")];
        let got: Vec<(String, usize)> = tree(rows, Lang::En)
            .into_iter()
            .map(|t| (t.id, t.depth))
            .collect();
        assert_eq!(got, vec![("a".to_owned(), 0), ("b".to_owned(), 1)]);
    }
}
