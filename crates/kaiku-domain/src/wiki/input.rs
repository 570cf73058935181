//! Checking what a writer sends for a page, and finding the page an address.

use kaiku_store::Tx;
use kaiku_store::wiki as store;

use super::WikiInput;
use crate::{DomainError, FieldError, Result};

/// Longest title, in characters.
pub const TITLE_MAX: usize = 200;
/// Longest page, in characters: a handbook chapter, not a post.
pub const BODY_MAX: usize = 100_000;
/// Longest change summary, in characters.
pub const SUMMARY_MAX: usize = 300;
/// Addresses the wiki's own pages use, which no page may take.
const RESERVED: [&str; 1] = ["new"];

/// A page's input, trimmed and checked.
pub(super) struct Valid {
    pub title: String,
    pub body: String,
    pub parent_id: Option<String>,
    pub summary: String,
}

fn has_control(s: &str, allow_lines: bool) -> bool {
    s.chars()
        .any(|c| c.is_control() && !(allow_lines && matches!(c, '\n' | '\t')))
}

/// Every problem at once, so the form shows them together.
pub(super) fn validate(input: &WikiInput) -> Result<Valid> {
    let mut errors = Vec::new();
    let mut bad = |field, key| errors.push(FieldError { field, key });
    let title = input.title.trim().to_owned();
    if title.is_empty() {
        bad("title", "error-required");
    } else if title.chars().count() > TITLE_MAX {
        bad("title", "error-wiki-title-too-long");
    } else if has_control(&title, false) {
        bad("title", "error-invalid-characters");
    }
    let body = input.body.trim_end().replace("\r\n", "\n");
    if body.chars().count() > BODY_MAX {
        bad("body", "error-wiki-body-too-long");
    } else if has_control(&body, true) {
        bad("body", "error-invalid-characters");
    }
    let summary = input.summary.trim().to_owned();
    if summary.chars().count() > SUMMARY_MAX {
        bad("summary", "error-wiki-summary-too-long");
    } else if has_control(&summary, false) {
        bad("summary", "error-invalid-characters");
    }
    let parent_id = input
        .parent_id
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned);
    if parent_id.as_ref().is_some_and(|p| p.len() > 64) {
        bad("parent_id", "error-wiki-parent");
    }
    if !errors.is_empty() {
        return Err(DomainError::Invalid(errors));
    }
    Ok(Valid {
        title,
        body,
        parent_id,
        summary,
    })
}

/// An address made from the title that no live page of the space has; `-2`,
/// `-3`… is added when it is taken. Read in the writing transaction.
pub(super) async fn free_slug(tx: &mut Tx, space_id: &str, title: &str) -> Result<String> {
    let mut base = crate::spaces::slugify(title);
    if base.is_empty() {
        base = "page".to_owned();
    }
    for n in 1..100 {
        let candidate = if n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        if !RESERVED.contains(&candidate.as_str())
            && !store::slug_taken(tx, space_id, &candidate).await?
        {
            return Ok(candidate);
        }
    }
    Ok(format!("{base}-{}", &crate::secrets::new_ordered_id()[..8]))
}
