//! How a notification reads and where it leads: the same words in the app, in an
//! e-mail and in a digest.

use kaiku_i18n::Tr;
use kaiku_store::notifications::NotificationRow;

use super::{Kind, Notification};

/// The link to the exact item a notification is about.
pub(super) fn url_of(kind: Kind, r: &NotificationRow) -> String {
    let post = r.post_id.as_deref();
    let space = r.space_slug.as_deref();
    match (kind, post, r.comment_id.as_deref(), space) {
        (Kind::SpacePost, Some(_), _, Some(slug)) if r.event_count > 1 => format!("/s/{slug}"),
        (_, Some(p), Some(c), _) => format!("/p/{p}#comment-{c}"),
        (_, Some(p), None, _) => format!("/p/{p}"),
        (Kind::JoinRequest, None, _, Some(slug)) => format!("/s/{slug}/requests"),
        (Kind::Invitation, None, _, Some(slug)) if r.detail == "added" => format!("/s/{slug}"),
        (Kind::Invitation, None, _, Some(_)) => "/spaces".to_owned(),
        (_, None, _, Some(slug)) => format!("/s/{slug}"),
        _ => "/notifications".to_owned(),
    }
}

/// Markdown source turned into a short line of plain text: markup characters
/// dropped, whitespace folded, cut at a word near 160 characters.
pub(super) fn plain_excerpt(source: &str) -> String {
    let mut out = String::new();
    let mut last_space = true;
    for c in source.chars() {
        let c = match c {
            '*' | '_' | '`' | '#' | '>' | '~' | '[' | ']' => continue,
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' {
            if last_space {
                continue;
            }
            last_space = true;
        } else {
            last_space = false;
        }
        out.push(c);
    }
    let out = out.trim();
    if out.chars().count() <= 160 {
        return out.to_owned();
    }
    let cut: String = out.chars().take(160).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > 100 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end())
}

impl Notification {
    /// The one line that says what happened ("Anna and 2 others reacted to your post").
    pub fn headline(&self, tr: Tr) -> String {
        let actor = self
            .actors
            .first()
            .map(|a| a.display_name.clone())
            .unwrap_or_else(|| tr.t("notif-someone"));
        let others = (self.actor_count - 1).max(0);
        let space = self.space_name.clone().unwrap_or_default();
        let with = |key: &str| {
            let mut args = vec![("actor", actor.clone().into()), ("others", others.into())];
            args.push(("space", space.clone().into()));
            args.push(("count", self.event_count.into()));
            tr.args(key, args)
        };
        match self.kind {
            Kind::Mention => with("notif-mention"),
            Kind::Comment if self.detail == "own" => with("notif-comment-own"),
            Kind::Comment => with("notif-comment"),
            Kind::Reaction => with("notif-reaction"),
            Kind::SpacePost => with("notif-space-post"),
            Kind::Invitation if self.detail == "added" => with("notif-added"),
            Kind::Invitation => with("notif-invitation"),
            Kind::JoinRequest => with("notif-join-request"),
            Kind::RequestDecided if self.detail == "approved" => with("notif-request-approved"),
            Kind::RequestDecided => with("notif-request-declined"),
            Kind::RoleChanged => {
                let role = tr.t(match self.detail.as_str() {
                    "owner" => "space-role-owner",
                    "moderator" => "space-role-moderator",
                    _ => "space-role-member",
                });
                tr.args(
                    "notif-role-changed",
                    vec![
                        ("actor", actor.into()),
                        ("space", space.into()),
                        ("role", role.into()),
                    ],
                )
            }
            Kind::Announcement => with("notif-announcement"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_are_plain_short_text() {
        assert_eq!(
            plain_excerpt("**Hei** _kaikki_\n\n> lainaus"),
            "Hei kaikki lainaus"
        );
        let long = "sana ".repeat(100);
        let e = plain_excerpt(&long);
        assert!(e.ends_with('…') && e.chars().count() <= 161, "{e}");
    }
}
