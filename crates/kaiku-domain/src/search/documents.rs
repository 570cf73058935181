//! Turning the database's current rows into index documents, each with the
//! principals that may find it (see `kaiku_search` for what they mean).

use kaiku_search::{Doc, Language};
use kaiku_store::search_source::{
    SearchComment, SearchPerson, SearchPost, SearchSpace, SearchWikiPage, TopicUse,
};

/// Who reads content in a space, or on profiles (`None`).
pub(crate) fn readers(space_id: Option<&str>) -> String {
    match space_id {
        Some(s) => format!("s:{s}"),
        None => "profiles".to_owned(),
    }
}

fn hint(locale: Option<&str>) -> Option<Language> {
    locale.and_then(Language::from_code)
}

pub(crate) fn post(p: &SearchPost, topics: Vec<String>) -> Doc {
    Doc {
        kind: "post",
        id: p.id.clone(),
        title: String::new(),
        body: p.body.clone(),
        language_hint: hint(p.author_locale.as_deref()),
        principals: vec![readers(p.space_id.as_deref())],
        space_id: p.space_id.clone(),
        author_id: Some(p.author_id.clone()),
        topics,
        created_at: p.created_at,
    }
}

pub(crate) fn comment(c: &SearchComment) -> Doc {
    Doc {
        kind: "comment",
        id: c.id.clone(),
        title: String::new(),
        body: c.body.clone(),
        language_hint: hint(c.author_locale.as_deref()),
        principals: vec![readers(c.space_id.as_deref())],
        space_id: c.space_id.clone(),
        author_id: Some(c.author_id.clone()),
        topics: Vec::new(),
        created_at: c.created_at,
    }
}

/// A wiki page: found by its title above its text, by those who read its space.
pub(crate) fn wiki(w: &SearchWikiPage) -> Doc {
    Doc {
        kind: "wiki",
        id: w.id.clone(),
        title: w.title.clone(),
        body: crate::markdown::plain_text(&w.body),
        language_hint: hint(w.author_locale.as_deref()),
        principals: vec![readers(Some(&w.space_id))],
        space_id: Some(w.space_id.clone()),
        author_id: Some(w.created_by.clone()),
        topics: Vec::new(),
        created_at: w.updated_at,
    }
}

pub(crate) fn space(s: &SearchSpace) -> Doc {
    let mut principals = vec![format!("s:{}", s.id)];
    // Public and private spaces are listed for the organisation; secret ones
    // only for their members.
    if s.visibility != "secret" {
        principals.push("listed".to_owned());
    }
    Doc {
        kind: "space",
        id: s.id.clone(),
        title: s.name.clone(),
        body: s.description.clone(),
        language_hint: None,
        principals,
        // Not in its own space's bucket: deleting the space removes it by key.
        space_id: None,
        author_id: None,
        topics: Vec::new(),
        created_at: s.created_at,
    }
}

/// What a person is found by besides the directory's text: their unit, their
/// skills, and the languages they speak, named in every interface language (so
/// "suomi", "Finnish" and "finska" all find Finnish speakers).
#[derive(Debug, Default)]
pub(crate) struct PersonExtras {
    pub skills: Vec<String>,
    pub languages: Vec<String>,
}

/// A person's document, or `None` when they should not be found (deactivated).
pub(crate) fn person(p: &SearchPerson, extras: &PersonExtras) -> Option<Doc> {
    if !p.active {
        return None;
    }
    let mut body = vec![p.directory_text.clone()];
    body.extend(p.unit_name.clone());
    body.extend(extras.skills.iter().cloned());
    for code in &extras.languages {
        for lang in crate::Lang::ALL {
            body.push(crate::Tr::new(lang).t(&format!("language-{code}")));
        }
    }
    Some(Doc {
        kind: "person",
        id: p.id.clone(),
        title: p.display_name.clone(),
        body: body.join(" "),
        language_hint: hint(p.locale.as_deref()),
        principals: vec!["people".to_owned(), format!("u:{}", p.id)],
        space_id: None,
        author_id: None,
        topics: Vec::new(),
        created_at: p.created_at,
    })
}

/// A topic's document from where it is used, or `None` when no live post has it.
pub(crate) fn topic(name: &str, uses: &[TopicUse]) -> Option<Doc> {
    let latest = uses.iter().map(|u| u.latest).max()?;
    let mut principals: Vec<String> = uses
        .iter()
        .map(|u| readers(u.space_id.as_deref()))
        .collect();
    principals.sort();
    principals.dedup();
    Some(Doc {
        kind: "topic",
        id: name.to_owned(),
        title: name.to_owned(),
        body: String::new(),
        language_hint: None,
        principals,
        space_id: None,
        author_id: None,
        topics: vec![name.to_owned()],
        created_at: latest,
    })
}
