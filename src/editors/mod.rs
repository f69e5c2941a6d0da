//! The partners' back office, below the web: accounts by invitation
//! (argon2id password and a TOTP second factor), sessions, proposed changes
//! to a record and the decisions on them, and an append-only audit log, in
//! one SQLite file next to the reports (WAL, every commit synced). Accepted
//! changes become the `data/structures.jsonl` layer (`sources::structures`).

pub mod secret;
pub mod store;
pub mod totp;

pub use store::{
    Account, AuditEntry, Decision, InvitationError, Proposal, ProposalStatus, Session, SignInError,
    Store, StoreError,
};

/// Who an account is to the data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// Someone of a structure, for the records they were invited for.
    Editor { records: Vec<String> },
    /// The département's coordinator: reviews what editors propose there.
    Reviewer { departement: crate::domain::DepCode },
}

impl Role {
    pub fn id(&self) -> &'static str {
        match self {
            Role::Editor { .. } => "editor",
            Role::Reviewer { .. } => "reviewer",
        }
    }
}

/// An invitation is valid this long, and once.
pub const INVITATION_DAYS: i64 = 7;
/// A session ends after this long without a request.
pub const IDLE_SECS: i64 = 30 * 60;
/// Wrong sign-ins (password or code) for one address before it is locked…
pub const MAX_FAILURES: i64 = 5;
/// …for this long.
pub const LOCK_SECS: i64 = 15 * 60;

/// The current Unix time, in seconds.
pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Whether `account` may propose changes to a record of département `dep`:
/// an editor for the records they were invited for, a reviewer for their
/// département.
pub fn may_edit(account: &Account, record: &str, dep: Option<&crate::domain::DepCode>) -> bool {
    match &account.role {
        Role::Editor { records } => records.iter().any(|r| r == record),
        Role::Reviewer { departement } => dep == Some(departement),
    }
}

/// What an accepted change becomes: a line of the `data/structures.jsonl` layer.
pub use crate::sources::structures::{Fields, Listing, FILE as LAYER_FILE};

/// Writes an accepted listing into the data layer (in place of the
/// record's previous line), durably; the next index build publishes it.
pub fn publish_listing(
    data: &std::path::Path,
    listing: Listing,
) -> Result<(), crate::sources::SourceError> {
    crate::sources::structures::upsert(data, listing)
}
