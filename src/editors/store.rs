//! The editorial database (SQLite): accounts, invitations, sessions,
//! proposals, and the audit log, which triggers keep append-only.
//! Over 400 lines: each step of an account's life sits beside the audit
//! line it writes, in one transaction with it.

use super::{secret, totp, Role, IDLE_SECS, INVITATION_DAYS, LOCK_SECS, MAX_FAILURES};
use crate::domain::DepCode;
use crate::sources::structures::Fields;
use rusqlite::{params, Connection, OptionalExtension};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("editorial database {0}")]
    Db(PathBuf, #[source] rusqlite::Error),
    #[error(transparent)]
    Secret(#[from] secret::SecretError),
    #[error("an account already exists for {0}: revoke it first to invite it again")]
    Exists(String),
    #[error("no account for {0}")]
    NoAccount(String),
    #[error("no proposal {0}")]
    NoProposal(i64),
    #[error("proposal {0} was already decided")]
    Decided(i64),
    #[error("a reviewer never decides on their own change")]
    OwnChange,
    #[error("backup: {0}")]
    Backup(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvitationError {
    #[error("unknown invitation")]
    Unknown,
    #[error("invitation already used")]
    Used,
    #[error("invitation expired")]
    Expired,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignInError {
    /// Wrong address, password or code: the same answer for each.
    Wrong,
    /// Too many failures for this address: locked until this Unix time.
    Locked(i64),
}

/// A used invitation: the enrolling session's token, the TOTP secret to
/// show once, and the account.
pub type Redeemed = (String, Vec<u8>, Account);

/// An account's id, password hash, TOTP secret and last used step.
type Credentials = (i64, Option<String>, Option<Vec<u8>>, i64);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub role: Role,
    pub active: bool,
    pub revoked: bool,
    pub created: String,
}

/// A signed-in browser: its account, the token its forms carry, and
/// whether it is still choosing its second factor.
#[derive(Debug, Clone)]
pub struct Session {
    pub account: Account,
    pub csrf: String,
    pub enrolling: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProposalStatus {
    Pending,
    Accepted,
    Rejected,
    /// Another change of the same record was accepted first.
    Superseded,
}

impl ProposalStatus {
    pub fn id(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Accepted => "accepted",
            Self::Rejected => "rejected",
            Self::Superseded => "superseded",
        }
    }
    fn from_id(s: &str) -> Self {
        match s {
            "accepted" => Self::Accepted,
            "rejected" => Self::Rejected,
            "superseded" => Self::Superseded,
            _ => Self::Pending,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Accept,
    Reject,
}

#[derive(Debug, Clone)]
pub struct Proposal {
    pub id: i64,
    pub record: String,
    pub departement: String,
    pub author: String,
    pub author_id: i64,
    pub created: String,
    pub fields: Fields,
    /// What the record published when the change was proposed.
    pub before: Fields,
    pub status: ProposalStatus,
    pub decided_by: Option<String>,
    pub decided: Option<String>,
}

#[derive(Debug, Clone)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    /// The account that acted ("operator" for the command line).
    pub actor: String,
    pub action: String,
    pub target: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

const MIGRATIONS: [&str; 1] = ["
    CREATE TABLE accounts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        role TEXT NOT NULL CHECK (role IN ('editor', 'reviewer')),
        departement TEXT,
        password TEXT,
        totp_secret BLOB,
        totp_pending BLOB,
        last_step INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 0,
        revoked INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL
    );
    CREATE TABLE grants (
        account INTEGER NOT NULL REFERENCES accounts(id),
        record TEXT NOT NULL,
        PRIMARY KEY (account, record)
    );
    CREATE TABLE invitations (
        token TEXT PRIMARY KEY,
        account INTEGER NOT NULL REFERENCES accounts(id),
        expires INTEGER NOT NULL,
        used INTEGER
    );
    CREATE TABLE sessions (
        token TEXT PRIMARY KEY,
        account INTEGER NOT NULL REFERENCES accounts(id),
        csrf TEXT NOT NULL,
        enrolling INTEGER NOT NULL,
        last_seen INTEGER NOT NULL
    );
    CREATE TABLE signin_guard (
        who TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        locked_until INTEGER NOT NULL
    );
    CREATE TABLE proposals (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        record TEXT NOT NULL,
        departement TEXT NOT NULL,
        author INTEGER NOT NULL REFERENCES accounts(id),
        created TEXT NOT NULL,
        fields TEXT NOT NULL,
        before TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        decided_by INTEGER REFERENCES accounts(id),
        decided TEXT
    );
    CREATE INDEX proposals_pending ON proposals(departement, status);
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT NOT NULL,
        before TEXT,
        after TEXT
    );
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"];

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

fn stamp(unix: i64) -> String {
    chrono::DateTime::from_timestamp(unix, 0)
        .map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_default()
}

const ACCOUNT_COLUMNS: &str = "id, email, role, departement, active, revoked, created";

impl Store {
    /// Opens (creating if needed) and migrates. Write-ahead log, and every
    /// commit synced to disk before it returns (`synchronous = FULL`).
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let db = |e| StoreError::Db(path.to_path_buf(), e);
        let conn = Connection::open(path).map_err(db)?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;
             PRAGMA secure_delete = ON; PRAGMA busy_timeout = 5000;",
        )
        .map_err(db)?;
        let version: usize = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(db)?;
        for (i, m) in MIGRATIONS.iter().enumerate().skip(version) {
            conn.execute_batch(&format!(
                "BEGIN; {m}; PRAGMA user_version = {}; COMMIT;",
                i + 1
            ))
            .map_err(db)?;
        }
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    fn db(&self, e: rusqlite::Error) -> StoreError {
        StoreError::Db(self.path.clone(), e)
    }

    /// One line of the audit log.
    pub fn audit(
        &self,
        now: i64,
        actor: &str,
        action: &str,
        target: &str,
        before: Option<&str>,
        after: Option<&str>,
    ) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT INTO audit (at, actor, action, target, before, after) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![stamp(now), actor, action, target, before, after],
            )
            .map_err(|e| self.db(e))
            .map(|_| ())
    }

    fn in_transaction<T>(
        &self,
        f: impl FnOnce() -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(|e| self.db(e))?;
        match f() {
            Ok(v) => {
                self.conn.execute_batch("COMMIT").map_err(|e| self.db(e))?;
                Ok(v)
            }
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    fn account_row(&self, r: &rusqlite::Row<'_>) -> rusqlite::Result<Account> {
        let id: i64 = r.get(0)?;
        let role: String = r.get(2)?;
        let dep: Option<String> = r.get(3)?;
        let role = if role == "reviewer" {
            Role::Reviewer {
                departement: dep
                    .as_deref()
                    .and_then(|d| DepCode::parse(d).ok())
                    .ok_or(rusqlite::Error::InvalidQuery)?,
            }
        } else {
            let mut q = self
                .conn
                .prepare_cached("SELECT record FROM grants WHERE account = ?1 ORDER BY record")?;
            let records = q
                .query_map([id], |r| r.get(0))?
                .collect::<Result<Vec<String>, _>>()?;
            Role::Editor { records }
        };
        Ok(Account {
            id,
            email: r.get(1)?,
            role,
            active: r.get::<_, i64>(4)? == 1,
            revoked: r.get::<_, i64>(5)? == 1,
            created: r.get(6)?,
        })
    }

    pub fn account_by_email(&self, email: &str) -> Result<Option<Account>, StoreError> {
        self.conn
            .query_row(
                &format!("SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE email = ?1"),
                [email.trim()],
                |r| self.account_row(r),
            )
            .optional()
            .map_err(|e| self.db(e))
    }

    fn account(&self, id: i64) -> Result<Account, StoreError> {
        self.conn
            .query_row(
                &format!("SELECT {ACCOUNT_COLUMNS} FROM accounts WHERE id = ?1"),
                [id],
                |r| self.account_row(r),
            )
            .map_err(|e| self.db(e))
    }

    pub fn accounts(&self) -> Result<Vec<Account>, StoreError> {
        let ids: Vec<i64> = {
            let mut q = self
                .conn
                .prepare("SELECT id FROM accounts ORDER BY email")
                .map_err(|e| self.db(e))?;
            let rows = q.query_map([], |r| r.get(0)).map_err(|e| self.db(e))?;
            rows.collect::<Result<_, _>>().map_err(|e| self.db(e))?
        };
        ids.into_iter().map(|id| self.account(id)).collect()
    }

    /// Creates an inactive account and its invitation; returns the
    /// invitation's token (the database keeps only its digest). A revoked
    /// account is invited anew with its new role; a live one is refused.
    pub fn invite(&self, email: &str, role: &Role, now: i64) -> Result<String, StoreError> {
        let token = secret::token()?;
        self.in_transaction(|| {
            let id = match self.account_by_email(email)? {
                Some(a) if !a.revoked => return Err(StoreError::Exists(a.email)),
                Some(a) => {
                    self.conn
                        .execute("DELETE FROM grants WHERE account = ?1", [a.id])
                        .map_err(|e| self.db(e))?;
                    a.id
                }
                None => {
                    self.conn
                        .execute(
                            "INSERT INTO accounts (email, role, created) VALUES (?1, 'editor', ?2)",
                            params![email, stamp(now)],
                        )
                        .map_err(|e| self.db(e))?;
                    self.conn.last_insert_rowid()
                }
            };
            let dep = match role {
                Role::Reviewer { departement } => Some(departement.as_str().to_string()),
                Role::Editor { .. } => None,
            };
            self.conn
                .execute(
                    "UPDATE accounts SET role = ?2, departement = ?3, password = NULL, totp_secret = NULL,
                     totp_pending = NULL, last_step = 0, active = 0, revoked = 0 WHERE id = ?1",
                    params![id, role.id(), dep],
                )
                .map_err(|e| self.db(e))?;
            if let Role::Editor { records } = role {
                for r in records {
                    self.conn
                        .execute(
                            "INSERT OR IGNORE INTO grants (account, record) VALUES (?1, ?2)",
                            params![id, r],
                        )
                        .map_err(|e| self.db(e))?;
                }
            }
            self.conn
                .execute(
                    "INSERT INTO invitations (token, account, expires) VALUES (?1, ?2, ?3)",
                    params![
                        secret::digest(&token),
                        id,
                        now + INVITATION_DAYS * 86_400
                    ],
                )
                .map_err(|e| self.db(e))?;
            let what = match role {
                Role::Editor { records } => format!("editor of {}", records.join(", ")),
                Role::Reviewer { departement } => {
                    format!("reviewer of département {}", departement.as_str())
                }
            };
            self.audit(now, "operator", "invite", email, None, Some(&what))?;
            Ok(token)
        })
    }

    /// The account an unused, unexpired invitation is for; None otherwise.
    pub fn invitation(&self, token: &str, now: i64) -> Result<Option<Account>, StoreError> {
        match self.invitation_state(token, now)? {
            Ok(id) => self.account(id).map(Some),
            Err(_) => Ok(None),
        }
    }

    /// Whether an invitation can still be used: its account, or why not.
    pub fn invitation_state(
        &self,
        token: &str,
        now: i64,
    ) -> Result<Result<i64, InvitationError>, StoreError> {
        let row: Option<(i64, i64, Option<i64>, i64)> = self
            .conn
            .query_row(
                "SELECT i.account, i.expires, i.used, a.revoked FROM invitations i
                 JOIN accounts a ON a.id = i.account WHERE i.token = ?1",
                [secret::digest(token)],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()
            .map_err(|e| self.db(e))?;
        Ok(match row {
            None => Err(InvitationError::Unknown),
            Some((_, _, Some(_), _)) => Err(InvitationError::Used),
            Some((_, _, _, 1)) => Err(InvitationError::Used),
            Some((_, expires, _, _)) if expires <= now => Err(InvitationError::Expired),
            Some((id, ..)) => Ok(id),
        })
    }

    /// Uses an invitation (once: the update takes only an unused one), sets
    /// the password and a new pending second factor, and opens an enrolling
    /// session. Returns the session's token and the TOTP secret to show.
    pub fn redeem(
        &self,
        token: &str,
        password: &str,
        now: i64,
    ) -> Result<Result<Redeemed, InvitationError>, StoreError> {
        let hash = secret::hash_password(password)?;
        let totp_secret = secret::random_bytes(20)?;
        self.in_transaction(|| {
            let id = match self.invitation_state(token, now)? {
                Ok(id) => id,
                Err(e) => return Ok(Err(e)),
            };
            let n = self
                .conn
                .execute(
                    "UPDATE invitations SET used = ?2 WHERE token = ?1 AND used IS NULL",
                    params![secret::digest(token), now],
                )
                .map_err(|e| self.db(e))?;
            if n != 1 {
                return Ok(Err(InvitationError::Used));
            }
            self.conn
                .execute(
                    "UPDATE accounts SET password = ?2, totp_pending = ?3, totp_secret = NULL, active = 0 WHERE id = ?1",
                    params![id, hash, totp_secret],
                )
                .map_err(|e| self.db(e))?;
            let account = self.account(id)?;
            self.audit(now, &account.email, "invitation used", &account.email, None, Some("password set; second factor pending"))?;
            let session = self.new_session(id, true, now)?;
            Ok(Ok((session, totp_secret.clone(), account)))
        })
    }

    /// The pending second factor of an enrolling account (to show again).
    pub fn pending_secret(&self, account: i64) -> Result<Option<Vec<u8>>, StoreError> {
        self.conn
            .query_row(
                "SELECT totp_pending FROM accounts WHERE id = ?1",
                [account],
                |r| r.get(0),
            )
            .map_err(|e| self.db(e))
    }

    /// The first code: when it matches the pending secret, the account is
    /// active and the session a full one.
    pub fn activate(
        &self,
        session_token: &str,
        account: i64,
        code: &str,
        now: i64,
    ) -> Result<bool, StoreError> {
        let Some(pending) = self.pending_secret(account)? else {
            return Ok(false);
        };
        // First codes count against the address like sign-ins: five wrong
        // ones lock it for a while.
        let email = self.account(account)?.email;
        let who = secret::digest(&format!("email:{}", email.to_lowercase()));
        if self.locked(&who, now)?.is_some() {
            return Ok(false);
        }
        // The activation code does not count as used: the first sign-in may
        // follow within the same 30 seconds. Sign-in codes are taken once.
        if totp::verify(&pending, code, now as u64, 0).is_none() {
            self.failed(&who, now)?;
            let a = self.account(account)?;
            self.audit(
                now,
                &a.email,
                "activation refused",
                &a.email,
                None,
                Some("wrong first code"),
            )?;
            return Ok(false);
        }
        self.in_transaction(|| {
            self.conn
                .execute(
                    "UPDATE accounts SET totp_secret = totp_pending, totp_pending = NULL, last_step = 0, active = 1 WHERE id = ?1",
                    [account],
                )
                .map_err(|e| self.db(e))?;
            self.conn
                .execute(
                    "UPDATE sessions SET enrolling = 0 WHERE token = ?1",
                    [secret::digest(session_token)],
                )
                .map_err(|e| self.db(e))?;
            let a = self.account(account)?;
            self.audit(now, &a.email, "account activated", &a.email, None, Some("second factor set"))?;
            Ok(true)
        })
    }

    fn new_session(&self, account: i64, enrolling: bool, now: i64) -> Result<String, StoreError> {
        let token = secret::token()?;
        let csrf = secret::token()?;
        // Old sessions go when a new one starts: the table stays small.
        self.conn
            .execute(
                "DELETE FROM sessions WHERE last_seen < ?1",
                [now - IDLE_SECS],
            )
            .map_err(|e| self.db(e))?;
        self.conn
            .execute(
                "INSERT INTO sessions (token, account, csrf, enrolling, last_seen) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![secret::digest(&token), account, csrf, enrolling, now],
            )
            .map_err(|e| self.db(e))?;
        Ok(token)
    }

    /// The session a cookie names, if it is live (used within the idle
    /// limit, account not revoked); using it keeps it alive.
    pub fn session(&self, token: &str, now: i64) -> Result<Option<Session>, StoreError> {
        let row: Option<(i64, String, bool, i64)> = self
            .conn
            .query_row(
                "SELECT account, csrf, enrolling, last_seen FROM sessions WHERE token = ?1",
                [secret::digest(token)],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()
            .map_err(|e| self.db(e))?;
        let Some((id, csrf, enrolling, last_seen)) = row else {
            return Ok(None);
        };
        if last_seen + IDLE_SECS <= now {
            self.end_session(token)?;
            return Ok(None);
        }
        let account = self.account(id)?;
        if account.revoked || (!enrolling && !account.active) {
            self.end_session(token)?;
            return Ok(None);
        }
        self.conn
            .execute(
                "UPDATE sessions SET last_seen = ?2 WHERE token = ?1",
                params![secret::digest(token), now],
            )
            .map_err(|e| self.db(e))?;
        Ok(Some(Session {
            account,
            csrf,
            enrolling,
        }))
    }

    pub fn end_session(&self, token: &str) -> Result<(), StoreError> {
        self.conn
            .execute(
                "DELETE FROM sessions WHERE token = ?1",
                [secret::digest(token)],
            )
            .map_err(|e| self.db(e))
            .map(|_| ())
    }

    /// Until when `who` (an address's digest, or a client's) is locked, if it is.
    fn locked(&self, who: &str, now: i64) -> Result<Option<i64>, StoreError> {
        let until: Option<i64> = self
            .conn
            .query_row(
                "SELECT locked_until FROM signin_guard WHERE who = ?1",
                [who],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.db(e))?;
        Ok(until.filter(|u| *u > now))
    }

    fn failed(&self, who: &str, now: i64) -> Result<Option<i64>, StoreError> {
        let failures: i64 = self
            .conn
            .query_row(
                "INSERT INTO signin_guard (who, failures, locked_until) VALUES (?1, 1, 0)
                 ON CONFLICT(who) DO UPDATE SET failures = failures + 1 RETURNING failures",
                [who],
                |r| r.get(0),
            )
            .map_err(|e| self.db(e))?;
        if failures >= MAX_FAILURES {
            self.conn
                .execute(
                    "UPDATE signin_guard SET failures = 0, locked_until = ?2 WHERE who = ?1",
                    params![who, now + LOCK_SECS],
                )
                .map_err(|e| self.db(e))?;
            return Ok(Some(now + LOCK_SECS));
        }
        Ok(None)
    }

    /// Checks an address, a password and a code. Failures are counted per
    /// address, whether an account has it or not (so the answers never say
    /// which addresses exist), and past `MAX_FAILURES` the address is locked
    /// for `LOCK_SECS`, even for the right password and code. A success
    /// opens a session: its token.
    pub fn sign_in(
        &self,
        email: &str,
        password: &str,
        code: &str,
        now: i64,
    ) -> Result<Result<(String, Account), SignInError>, StoreError> {
        let who = secret::digest(&format!("email:{}", email.trim().to_lowercase()));
        if let Some(until) = self.locked(&who, now)? {
            if let Some(a) = self.account_by_email(email)? {
                self.audit(
                    now,
                    &a.email,
                    "sign-in refused",
                    &a.email,
                    None,
                    Some("account locked"),
                )?;
            }
            return Ok(Err(SignInError::Locked(until)));
        }
        let row: Option<Credentials> = self
            .conn
            .query_row(
                "SELECT id, password, totp_secret, last_step FROM accounts
                 WHERE email = ?1 AND active = 1 AND revoked = 0",
                [email.trim()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()
            .map_err(|e| self.db(e))?;
        let (phc, secret_bytes) = match &row {
            Some((_, Some(p), Some(s), _)) => (p.as_str(), Some(s.as_slice())),
            _ => (secret::decoy_hash(), None),
        };
        let password_ok = secret::check_password(password, phc);
        let step = match (secret_bytes, &row) {
            (Some(s), Some((_, _, _, last))) => totp::verify(s, code, now as u64, *last as u64),
            _ => None,
        };
        match (row, password_ok, step) {
            (Some((id, ..)), true, Some(step)) => self.in_transaction(|| {
                self.conn
                    .execute(
                        "UPDATE accounts SET last_step = ?2 WHERE id = ?1",
                        params![id, step as i64],
                    )
                    .map_err(|e| self.db(e))?;
                self.conn
                    .execute("DELETE FROM signin_guard WHERE who = ?1", [&who])
                    .map_err(|e| self.db(e))?;
                let a = self.account(id)?;
                self.audit(now, &a.email, "sign-in", &a.email, None, None)?;
                let token = self.new_session(id, false, now)?;
                Ok(Ok((token, a)))
            }),
            (row, password_ok, _) => {
                let locked = self.failed(&who, now)?;
                if let Some((id, ..)) = row {
                    let a = self.account(id)?;
                    let why = if password_ok {
                        "wrong code"
                    } else {
                        "wrong password"
                    };
                    let why = match locked {
                        Some(_) => format!("{why}; account locked"),
                        None => why.to_string(),
                    };
                    self.audit(now, &a.email, "sign-in refused", &a.email, None, Some(&why))?;
                }
                Ok(Err(match locked {
                    Some(until) => SignInError::Locked(until),
                    None => SignInError::Wrong,
                }))
            }
        }
    }

    /// Counts a failure for a client (keyed by the caller: an address's
    /// digest, never stored in clear); whether it is now locked.
    pub fn client_failed(&self, key: &str, now: i64) -> Result<Option<i64>, StoreError> {
        self.failed(&format!("client:{key}"), now)
    }

    pub fn client_locked(&self, key: &str, now: i64) -> Result<Option<i64>, StoreError> {
        self.locked(&format!("client:{key}"), now)
    }

    /// Revokes an account: its sessions end, its invitations die.
    pub fn revoke(&self, email: &str, now: i64) -> Result<(), StoreError> {
        let a = self
            .account_by_email(email)?
            .ok_or_else(|| StoreError::NoAccount(email.to_string()))?;
        self.in_transaction(|| {
            self.conn
                .execute(
                    "UPDATE accounts SET revoked = 1, active = 0 WHERE id = ?1",
                    [a.id],
                )
                .map_err(|e| self.db(e))?;
            self.conn
                .execute("DELETE FROM sessions WHERE account = ?1", [a.id])
                .map_err(|e| self.db(e))?;
            self.conn
                .execute(
                    "UPDATE invitations SET used = ?2 WHERE account = ?1 AND used IS NULL",
                    params![a.id, now],
                )
                .map_err(|e| self.db(e))?;
            self.audit(
                now,
                "operator",
                "revoke",
                &a.email,
                Some(if a.active { "active" } else { "invited" }),
                Some("revoked"),
            )
        })
    }

    /// Stores a proposed change of a record.
    pub fn propose(
        &self,
        author: &Account,
        record: &str,
        departement: &str,
        before: &Fields,
        fields: &Fields,
        now: i64,
    ) -> Result<i64, StoreError> {
        let json = |f: &Fields| serde_json::to_string(f).unwrap_or_default();
        self.in_transaction(|| {
            self.conn
                .execute(
                    "INSERT INTO proposals (record, departement, author, created, fields, before)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![
                        record,
                        departement,
                        author.id,
                        stamp(now),
                        json(fields),
                        json(before)
                    ],
                )
                .map_err(|e| self.db(e))?;
            let id = self.conn.last_insert_rowid();
            self.audit(
                now,
                &author.email,
                &format!("propose #{id}"),
                record,
                Some(&json(before)),
                Some(&json(fields)),
            )?;
            Ok(id)
        })
    }

    fn proposals_where(
        &self,
        filter: &str,
        p: &[&dyn rusqlite::ToSql],
    ) -> Result<Vec<Proposal>, StoreError> {
        let mut q = self
            .conn
            .prepare(&format!(
                "SELECT p.id, p.record, p.departement, a.email, p.author, p.created, p.fields, p.before,
                        p.status, d.email, p.decided
                 FROM proposals p JOIN accounts a ON a.id = p.author
                 LEFT JOIN accounts d ON d.id = p.decided_by
                 WHERE {filter} ORDER BY p.id"
            ))
            .map_err(|e| self.db(e))?;
        let rows = q
            .query_map(p, |r| {
                let fields: String = r.get(6)?;
                let before: String = r.get(7)?;
                let status: String = r.get(8)?;
                Ok(Proposal {
                    id: r.get(0)?,
                    record: r.get(1)?,
                    departement: r.get(2)?,
                    author: r.get(3)?,
                    author_id: r.get(4)?,
                    created: r.get(5)?,
                    fields: serde_json::from_str(&fields).unwrap_or_default(),
                    before: serde_json::from_str(&before).unwrap_or_default(),
                    status: ProposalStatus::from_id(&status),
                    decided_by: r.get(9)?,
                    decided: r.get(10)?,
                })
            })
            .map_err(|e| self.db(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.db(e))
    }

    pub fn proposal(&self, id: i64) -> Result<Proposal, StoreError> {
        self.proposals_where("p.id = ?1", &[&id])?
            .pop()
            .ok_or(StoreError::NoProposal(id))
    }

    /// Pending changes in a département, oldest first.
    pub fn pending_in(&self, departement: &str) -> Result<Vec<Proposal>, StoreError> {
        self.proposals_where(
            "p.departement = ?1 AND p.status = 'pending'",
            &[&departement],
        )
    }

    /// An account's own proposals, the last 50.
    pub fn proposals_of(&self, account: i64) -> Result<Vec<Proposal>, StoreError> {
        let mut v = self.proposals_where("p.author = ?1", &[&account])?;
        let keep = v.len().saturating_sub(50);
        Ok(v.split_off(keep))
    }

    /// A reviewer's decision. Never on their own change; once. Accepting
    /// marks the record's other pending changes superseded. The caller
    /// publishes an accepted change (and checks the département).
    pub fn decide(
        &self,
        id: i64,
        reviewer: &Account,
        decision: Decision,
        now: i64,
    ) -> Result<Proposal, StoreError> {
        self.in_transaction(|| {
            let p = self.proposal(id)?;
            if p.author_id == reviewer.id {
                self.audit(now, &reviewer.email, "decision refused", &p.record, None, Some(&format!("own change #{id}")))?;
                return Err(StoreError::OwnChange);
            }
            let status = match decision {
                Decision::Accept => ProposalStatus::Accepted,
                Decision::Reject => ProposalStatus::Rejected,
            };
            let n = self
                .conn
                .execute(
                    "UPDATE proposals SET status = ?2, decided_by = ?3, decided = ?4 WHERE id = ?1 AND status = 'pending'",
                    params![id, status.id(), reviewer.id, stamp(now)],
                )
                .map_err(|e| self.db(e))?;
            if n != 1 {
                return Err(StoreError::Decided(id));
            }
            if decision == Decision::Accept {
                self.conn
                    .execute(
                        "UPDATE proposals SET status = 'superseded' WHERE record = ?1 AND status = 'pending'",
                        [&p.record],
                    )
                    .map_err(|e| self.db(e))?;
            }
            let json = |f: &Fields| serde_json::to_string(f).unwrap_or_default();
            self.audit(
                now,
                &reviewer.email,
                &format!("{} #{id}", if decision == Decision::Accept { "accept" } else { "reject" }),
                &p.record,
                Some(&json(&p.before)),
                Some(&json(&p.fields)),
            )?;
            self.proposal(id)
        })
    }

    /// The whole audit log, oldest first.
    pub fn log(&self) -> Result<Vec<AuditEntry>, StoreError> {
        let mut q = self
            .conn
            .prepare("SELECT id, at, actor, action, target, before, after FROM audit ORDER BY id")
            .map_err(|e| self.db(e))?;
        let rows = q
            .query_map([], |r| {
                Ok(AuditEntry {
                    id: r.get(0)?,
                    at: r.get(1)?,
                    actor: r.get(2)?,
                    action: r.get(3)?,
                    target: r.get(4)?,
                    before: r.get(5)?,
                    after: r.get(6)?,
                })
            })
            .map_err(|e| self.db(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.db(e))
    }

    /// A consistent copy of the whole database in `to` (a new file), taken
    /// while the server writes: `VACUUM INTO` reads one snapshot. Synced.
    pub fn backup(&self, to: &Path) -> Result<(), StoreError> {
        if to.exists() {
            return Err(StoreError::Backup(format!(
                "{} exists: give a new file",
                to.display()
            )));
        }
        let target = to
            .to_str()
            .ok_or_else(|| StoreError::Backup("path is not UTF-8".into()))?;
        self.conn
            .execute("VACUUM INTO ?1", [target])
            .map_err(|e| self.db(e))?;
        std::fs::File::open(to)
            .and_then(|f| f.sync_all())
            .map_err(|e| StoreError::Backup(e.to_string()))?;
        crate::sources::durable::sync_dir(to.parent().unwrap_or(Path::new(".")))
            .map_err(|e| StoreError::Backup(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(secret: &[u8], now: i64) -> String {
        totp::code_at_step(secret, totp::step_at(now as u64))
    }

    #[test]
    fn an_invitation_works_once_and_the_audit_log_cannot_be_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(&dir.path().join("e.sqlite")).unwrap();
        let now = 1_800_000_000;
        let role = Role::Editor {
            records: vec!["mairie:01034".into()],
        };
        let token = s.invite("ed@example.fr", &role, now).unwrap();
        assert!(matches!(
            s.invite("ed@example.fr", &role, now),
            Err(StoreError::Exists(_))
        ));
        let (session, secret, account) =
            s.redeem(&token, "a long password!", now).unwrap().unwrap();
        assert_eq!(
            s.redeem(&token, "another password", now)
                .unwrap()
                .unwrap_err(),
            InvitationError::Used
        );
        assert!(s.session(&session, now).unwrap().unwrap().enrolling);
        assert!(
            !s.activate(&session, account.id, "000000", now).unwrap()
                || code(&secret, now) == "000000"
        );
        assert!(s
            .activate(&session, account.id, &code(&secret, now), now)
            .unwrap());
        let later = now + 60;
        let (_, a) = s
            .sign_in(
                "ED@example.fr",
                "a long password!",
                &code(&secret, later),
                later,
            )
            .unwrap()
            .unwrap();
        assert_eq!(a.email, "ed@example.fr");
        // Idle for 30 minutes: the session is gone.
        assert!(s.session(&session, now + IDLE_SECS + 1).unwrap().is_none());
        let log = s.log().unwrap();
        assert!(log.iter().any(|e| e.action == "invite"));
        assert!(log.iter().any(|e| e.action == "sign-in"));
        assert!(s.conn.execute("DELETE FROM audit", []).is_err());
        assert!(s.conn.execute("UPDATE audit SET actor = 'x'", []).is_err());
        let mode: String = s
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
    }

    #[test]
    fn wrong_codes_lock_an_address_whether_or_not_it_has_an_account() {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(&dir.path().join("e.sqlite")).unwrap();
        let now = 1_800_000_000;
        for email in ["nobody@example.fr", "NOBODY@example.fr"] {
            let _ = email;
        }
        let mut last = Ok(());
        for i in 0..MAX_FAILURES {
            last = match s
                .sign_in("nobody@example.fr", "whatever password", "123456", now + i)
                .unwrap()
            {
                Err(SignInError::Locked(_)) => Err(()),
                _ => Ok(()),
            };
        }
        assert!(last.is_err(), "an unknown address locks like a known one");
        assert!(matches!(
            s.sign_in("nobody@example.fr", "x", "1", now + 10).unwrap(),
            Err(SignInError::Locked(_))
        ));
        assert!(matches!(
            s.sign_in("nobody@example.fr", "x", "1", now + LOCK_SECS + 10)
                .unwrap(),
            Err(SignInError::Wrong)
        ));
    }
}
