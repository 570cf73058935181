//! `Look`: display helpers every template may call (colours, initials, labels).

use kaiku_domain::space_policy::{SpaceRole, SpaceVisibility};
use kaiku_domain::spaces::color_slot;
use kaiku_domain::stream::{Comment, Post, REACTIONS};

/// Display helpers for templates.
#[derive(Clone, Copy, Default)]
pub(crate) struct Look;

impl Look {
    pub fn slot(&self, color: &str) -> usize {
        color_slot(color)
    }

    /// A stable avatar colour slot for a person.
    pub fn hue(&self, id: &str) -> u32 {
        id.bytes().map(u32::from).sum::<u32>() % 8
    }

    pub fn initial(&self, name: &str) -> String {
        name.chars()
            .next()
            .map(|c| c.to_uppercase().collect())
            .unwrap_or_default()
    }

    pub fn visibility_key(&self, v: &SpaceVisibility) -> &'static str {
        match v {
            SpaceVisibility::Public => "space-visibility-public",
            SpaceVisibility::Private => "space-visibility-private",
            SpaceVisibility::Secret => "space-visibility-secret",
        }
    }

    pub fn role_key(&self, r: &SpaceRole) -> &'static str {
        match r {
            SpaceRole::Owner => "space-role-owner",
            SpaceRole::Moderator => "space-role-moderator",
            SpaceRole::Member => "space-role-member",
        }
    }

    pub fn is_owner(&self, r: &SpaceRole) -> bool {
        *r == SpaceRole::Owner
    }

    pub fn initials(&self, name: &str) -> String {
        name.split_whitespace()
            .filter_map(|w| w.chars().next())
            .take(2)
            .flat_map(char::to_uppercase)
            .collect()
    }

    /// The icon drawn for a reaction (our own SVG, so it looks the same everywhere).
    pub fn reaction_icon(&self, kind: &str) -> &'static str {
        crate::icons::icon(match kind {
            "like" => "thumb",
            "thanks" => "heart",
            "celebrate" => "party",
            "insightful" => "bulb",
            _ => "smile",
        })
    }

    /// The message naming a reaction.
    pub fn reaction_key(&self, kind: &str) -> &'static str {
        match kind {
            "like" => "reaction-like",
            "thanks" => "reaction-thanks",
            "celebrate" => "reaction-celebrate",
            "insightful" => "reaction-insightful",
            _ => "reaction-funny",
        }
    }

    pub fn kinds(&self) -> [&'static str; 5] {
        REACTIONS
    }

    /// `(count, mine)` of a kind on a post.
    pub fn reaction(&self, post: &Post, kind: &str) -> (i64, bool) {
        post.reactions
            .iter()
            .find(|r| r.kind == kind)
            .map(|r| (r.count, r.mine))
            .unwrap_or((0, false))
    }

    /// Top-level comments.
    pub fn roots<'a>(&self, post: &'a Post) -> Vec<&'a Comment> {
        post.comments
            .iter()
            .filter(|c| c.parent_id.is_none())
            .collect()
    }

    /// Replies to a comment.
    pub fn replies<'a>(&self, post: &'a Post, parent: &str) -> Vec<&'a Comment> {
        post.comments
            .iter()
            .filter(|c| c.parent_id.as_deref() == Some(parent))
            .collect()
    }

    /// Replies whose parent is not among the shown comments (stream pages show
    /// only the latest few).
    pub fn orphans<'a>(&self, post: &'a Post) -> Vec<&'a Comment> {
        post.comments
            .iter()
            .filter(|c| {
                c.parent_id
                    .as_ref()
                    .is_some_and(|p| !post.comments.iter().any(|x| &x.id == p))
            })
            .collect()
    }

    pub fn more_comments(&self, post: &Post) -> bool {
        i64::try_from(post.comments.len()).unwrap_or(0) < post.comment_count
    }
}
