//! From index hits to what is shown: each hit's current row is loaded and checked
//! against the policy again, so nothing deleted, moved or closed since it was
//! indexed slips through.

use std::collections::HashMap;

use kaiku_store::search_source as source;

use super::reach::Reach;
use super::{SearchFacets, SearchItem};
use crate::{Result, Services, markdown};

impl Services {
    /// The hits the viewer may see now, in the index's order.
    pub(super) async fn visible_items(
        &self,
        reach: &Reach,
        hits: &[kaiku_search::Hit],
        words: &[String],
    ) -> Result<Vec<SearchItem>> {
        let ids = |kind: &str| -> Vec<String> {
            hits.iter()
                .filter(|h| h.kind == kind)
                .map(|h| h.id.clone())
                .collect()
        };
        let db = self.db();
        let (post_ids, comment_ids, person_ids) = (ids("post"), ids("comment"), ids("person"));
        let page_ids = ids("wiki");
        let (posts, comments, people, pages) = tokio::try_join!(
            source::posts(db, &post_ids),
            source::comments(db, &comment_ids),
            source::people(db, &person_ids),
            source::wiki_pages(db, &page_ids),
        )?;
        // Spaces found, and the spaces the posts and comments found are in.
        let mut space_ids = ids("space");
        space_ids.extend(posts.iter().filter_map(|p| p.space_id.clone()));
        space_ids.extend(comments.iter().filter_map(|c| c.space_id.clone()));
        space_ids.extend(pages.iter().map(|p| p.space_id.clone()));
        space_ids.sort();
        space_ids.dedup();
        let space_rows: HashMap<String, _> = source::spaces(db, &space_ids)
            .await?
            .into_iter()
            .map(|s| (s.id.clone(), s))
            .collect();
        let readable = |space_id: Option<&String>| match space_id {
            None => reach.may_read(None),
            Some(id) => space_rows
                .get(id)
                .is_some_and(|s| reach.may_read(Some((&s.id, &s.visibility)))),
        };
        let mut out = Vec::with_capacity(hits.len());
        for h in hits {
            let item = match h.kind.as_str() {
                "post" => posts
                    .iter()
                    .find(|p| p.id == h.id)
                    .filter(|p| readable(p.space_id.as_ref()))
                    .map(|p| SearchItem {
                        kind: "post",
                        id: p.id.clone(),
                        title: p.author_name.clone(),
                        snippet: kaiku_search::snippet(&markdown::plain_text(&p.body), words),
                        url: format!("/p/{}", p.id),
                        space_name: p.space_name.clone(),
                        author_name: Some(p.author_name.clone()),
                        created_at: p.created_at,
                    }),
                "comment" => comments
                    .iter()
                    .find(|c| c.id == h.id)
                    .filter(|c| readable(c.space_id.as_ref()))
                    .map(|c| SearchItem {
                        kind: "comment",
                        id: c.id.clone(),
                        title: c.author_name.clone(),
                        snippet: kaiku_search::snippet(&markdown::plain_text(&c.body), words),
                        url: format!("/p/{}#comment-{}", c.post_id, c.id),
                        space_name: c.space_name.clone(),
                        author_name: Some(c.author_name.clone()),
                        created_at: c.created_at,
                    }),
                "wiki" => pages
                    .iter()
                    .find(|p| p.id == h.id)
                    .filter(|p| readable(Some(&p.space_id)))
                    .map(|p| SearchItem {
                        kind: "wiki",
                        id: p.id.clone(),
                        title: p.title.clone(),
                        snippet: kaiku_search::snippet(&markdown::plain_text(&p.body), words),
                        url: format!("/s/{}/wiki/{}", p.space_slug, p.slug),
                        space_name: Some(p.space_name.clone()),
                        author_name: None,
                        created_at: p.updated_at,
                    }),
                "space" => space_rows
                    .get(&h.id)
                    .filter(|s| reach.may_open_space(&s.id, &s.visibility))
                    .map(|s| SearchItem {
                        kind: "space",
                        id: s.id.clone(),
                        title: s.name.clone(),
                        snippet: kaiku_search::snippet(&s.description, words),
                        url: format!("/s/{}", s.slug),
                        space_name: None,
                        author_name: None,
                        created_at: s.created_at,
                    }),
                "person" => people
                    .iter()
                    .find(|p| p.id == h.id)
                    .filter(|p| p.active && reach.may_see_person(&p.id))
                    .map(|p| SearchItem {
                        kind: "person",
                        id: p.id.clone(),
                        title: p.display_name.clone(),
                        snippet: kaiku_search::snippet(
                            &[p.title.as_deref(), p.unit_name.as_deref()]
                                .into_iter()
                                .flatten()
                                .collect::<Vec<_>>()
                                .join(" · "),
                            words,
                        ),
                        url: format!("/u/{}", p.id),
                        space_name: None,
                        author_name: None,
                        created_at: p.created_at,
                    }),
                // A topic is only a name; the index lets it through only where a
                // post the viewer may read carries it, and its page checks each
                // post again.
                "topic" => Some(SearchItem {
                    kind: "topic",
                    id: h.id.clone(),
                    title: format!("#{}", h.id),
                    snippet: String::new(),
                    url: format!("/t/{}", h.id),
                    space_name: None,
                    author_name: None,
                    created_at: 0,
                }),
                _ => None,
            };
            out.extend(item);
        }
        Ok(out)
    }

    /// Puts names on the space and author facets, dropping any that is gone.
    pub(super) async fn name_facets(
        &self,
        reach: &Reach,
        f: kaiku_search::Facets,
    ) -> Result<SearchFacets> {
        let db = self.db();
        let space_ids: Vec<String> = f.spaces.iter().map(|(s, _)| s.clone()).collect();
        let author_ids: Vec<String> = f.authors.iter().map(|(a, _)| a.clone()).collect();
        let (space_rows, people) = tokio::try_join!(
            source::spaces(db, &space_ids),
            source::people(db, &author_ids),
        )?;
        Ok(SearchFacets {
            kinds: f.kinds,
            spaces: f
                .spaces
                .into_iter()
                .filter_map(|(id, n)| {
                    let s = space_rows.iter().find(|s| s.id == id)?;
                    reach
                        .may_read(Some((&s.id, &s.visibility)))
                        .then(|| (id, s.name.clone(), n))
                })
                .collect(),
            authors: f
                .authors
                .into_iter()
                .filter_map(|(id, n)| {
                    let name = people.iter().find(|p| p.id == id)?.display_name.clone();
                    Some((id, name, n))
                })
                .collect(),
            ages: f.ages.into_iter().map(|(a, n)| (a.as_str(), n)).collect(),
        })
    }
}
