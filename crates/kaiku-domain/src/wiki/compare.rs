//! What one version of a page changed from the one before, line by line.

use similar::{ChangeTag, TextDiff};

/// Lines kept on each side of a change, so a change is read in its place.
const CONTEXT: usize = 2;

/// One line of a comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// In both versions.
    Same(String),
    /// Only in the newer.
    Added(String),
    /// Only in the older.
    Removed(String),
    /// Unchanged lines left out, this many.
    Skipped(usize),
}

/// The lines `new` added to and removed from `old`, with a little of what
/// stayed around each change; long unchanged stretches become [`Change::Skipped`].
pub fn compare(old: &str, new: &str) -> Vec<Change> {
    let diff = TextDiff::from_lines(old, new);
    let mut out = Vec::new();
    let mut seen = 0;
    for group in diff.grouped_ops(CONTEXT) {
        let (Some(first), Some(last)) = (group.first(), group.last()) else {
            continue;
        };
        if first.old_range().start > seen {
            out.push(Change::Skipped(first.old_range().start - seen));
        }
        seen = last.old_range().end;
        for op in &group {
            for c in diff.iter_changes(op) {
                let line = c.value().trim_end_matches('\n').to_owned();
                out.push(match c.tag() {
                    ChangeTag::Equal => Change::Same(line),
                    ChangeTag::Insert => Change::Added(line),
                    ChangeTag::Delete => Change::Removed(line),
                });
            }
        }
    }
    let total = diff.old_slices().len();
    if !out.is_empty() && total > seen {
        out.push(Change::Skipped(total - seen));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_line_shows_as_removed_and_added_in_its_context() {
        let old = "a\nb\nc\nd\ne\nf\ng\n";
        let new = "a\nb\nc\nD\ne\nf\ng\n";
        assert_eq!(
            compare(old, new),
            vec![
                Change::Skipped(1),
                Change::Same("b".into()),
                Change::Same("c".into()),
                Change::Removed("d".into()),
                Change::Added("D".into()),
                Change::Same("e".into()),
                Change::Same("f".into()),
                Change::Skipped(1),
            ]
        );
    }

    #[test]
    fn a_first_version_is_all_added_and_no_change_is_nothing() {
        assert_eq!(
            compare("", "x\ny"),
            vec![Change::Added("x".into()), Change::Added("y".into())]
        );
        assert!(compare("same\n", "same\n").is_empty());
    }
}
