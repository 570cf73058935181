//! Keyset cursors for lists ordered newest first by a time and an id: opaque to
//! callers, checked when read back.

/// The cursor after an item at `at` with `id`.
pub(crate) fn encode(at: i64, id: &str) -> String {
    format!("{at}_{id}")
}

/// Reads a cursor back; `None` for anything we did not make.
pub(crate) fn decode(c: &str) -> Option<(i64, String)> {
    let (at, id) = c.split_once('_')?;
    if id.len() > 64 {
        return None;
    }
    Some((at.parse().ok()?, id.to_owned()))
}

/// A page's optional cursor, read back, or the invalid-cursor error.
pub(crate) fn before(cursor: Option<&str>) -> crate::Result<Option<(i64, String)>> {
    match cursor.filter(|c| !c.is_empty()) {
        Some(c) => decode(c)
            .map(Some)
            .ok_or_else(|| crate::DomainError::invalid("cursor", "error-cursor-invalid")),
        None => Ok(None),
    }
}
