use kaiku_i18n::Lang;
use kaiku_store::users::UserRow;

/// An organisation role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Runs the organisation's Kaiku.
    Admin,
    /// An employee.
    Member,
    /// An external partner: sees only what is shared with them.
    Guest,
}

impl Role {
    /// The stable name used in storage and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Member => "member",
            Role::Guest => "guest",
        }
    }

    /// Parses the stable name.
    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "admin" => Some(Role::Admin),
            "member" => Some(Role::Member),
            "guest" => Some(Role::Guest),
            _ => None,
        }
    }

    /// Every role.
    pub const ALL: [Role; 3] = [Role::Admin, Role::Member, Role::Guest];
}

/// A person's account as the services hand it out (never the password hash).
#[derive(Debug, Clone)]
pub struct Account {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub title: Option<String>,
    pub role: Role,
    pub active: bool,
    pub locale: Option<Lang>,
    pub created_at: i64,
    pub deactivated_at: Option<i64>,
    /// Their chosen IANA time zone (`None`: the organisation's).
    pub time_zone: Option<String>,
}

impl Account {
    pub(crate) fn from_row(r: UserRow) -> Self {
        Account {
            role: Role::parse(&r.role).unwrap_or(Role::Guest),
            locale: r.locale.as_deref().and_then(Lang::from_code),
            id: r.id,
            email: r.email,
            display_name: r.display_name,
            title: r.title,
            active: r.active,
            created_at: r.created_at,
            deactivated_at: r.deactivated_at,
            time_zone: r.time_zone,
        }
    }

    /// Up to two initials for the avatar.
    pub fn initials(&self) -> String {
        self.display_name
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .take(2)
            .flat_map(char::to_uppercase)
            .collect()
    }

    /// A stable colour slot 0..8 for the avatar.
    pub fn avatar_hue(&self) -> u8 {
        let sum: u32 = self.id.bytes().map(u32::from).sum();
        u8::try_from(sum % 8).unwrap_or(0)
    }
}

/// How the viewer proved who they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ViewerKind {
    /// Nobody signed in.
    Anonymous,
    /// A browser session (its id, for "this session" in the session list).
    Session(String),
    /// A personal access token (its id).
    Token(String),
    /// Kaiku itself, for background work and the command line. Grep for it.
    System,
}

/// Who is acting. Every service that reads or changes content takes one.
#[derive(Debug, Clone)]
pub struct Viewer {
    /// How they authenticated.
    pub kind: ViewerKind,
    /// Their account, unless anonymous or system.
    pub account: Option<Account>,
}

impl Viewer {
    /// Nobody.
    pub fn anonymous() -> Self {
        Viewer {
            kind: ViewerKind::Anonymous,
            account: None,
        }
    }

    /// Kaiku itself (background jobs, CLI).
    pub fn system() -> Self {
        Viewer {
            kind: ViewerKind::System,
            account: None,
        }
    }

    /// The signed-in account, or `Unauthenticated`.
    pub fn require(&self) -> crate::Result<&Account> {
        self.account
            .as_ref()
            .ok_or(crate::DomainError::Unauthenticated)
    }

    /// The browser session id, if signed in through one.
    pub fn session_id(&self) -> Option<&str> {
        match &self.kind {
            ViewerKind::Session(id) => Some(id),
            _ => None,
        }
    }

    /// Whether an administrator (or the system) is acting.
    pub fn is_admin(&self) -> bool {
        matches!(self.kind, ViewerKind::System)
            || self
                .account
                .as_ref()
                .is_some_and(|a| a.role == Role::Admin && a.active)
    }
}
