//! Reports that a record is wrong, in SQLite. Only what the review needs is
//! stored: the record, the field, the proposed value, the text, a status and
//! the day (never the time, an address, a user agent or a referrer). Writes
//! go through one thread and a bounded queue, so a flood of reports waits
//! there (or is turned away) instead of slowing searches.

pub mod review;

use crate::domain::error_report::{
    Draft, Field, MAX_OPEN_HARD, MAX_OPEN_PER_RESOURCE, MAX_OPEN_TOTAL,
};
use rusqlite::{params, Connection, OptionalExtension};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("reports database {0}")]
    Db(PathBuf, #[source] rusqlite::Error),
    #[error("{0} open reports already wait for review on this record")]
    TooManyOpen(i64),
    #[error("no report {0}")]
    NotFound(i64),
    #[error("the reports queue is full")]
    Full,
    #[error("the reports writer has stopped")]
    Stopped,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Open,
    Accepted,
    Rejected,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Accepted => "accepted",
            Status::Rejected => "rejected",
        }
    }
    pub fn from_id(s: &str) -> Option<Status> {
        [Status::Open, Status::Accepted, Status::Rejected]
            .into_iter()
            .find(|x| x.id() == s)
    }
}

#[derive(Debug, Clone)]
pub struct Stored {
    pub id: i64,
    pub resource: String,
    pub field: Field,
    pub value: Option<String>,
    pub comment: Option<String>,
    pub status: Status,
    /// YYYY-MM-DD, the day it was received; no time of day.
    pub received: String,
    pub closed: Option<String>,
}

/// Closed reports are deleted this many days after they were closed.
pub const KEEP_CLOSED_DAYS: i64 = 180;

const MIGRATIONS: [&str; 2] = [
    "CREATE TABLE reports (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        resource TEXT NOT NULL,
        field TEXT NOT NULL,
        value TEXT,
        comment TEXT,
        status TEXT NOT NULL DEFAULT 'open',
        received TEXT NOT NULL,
        closed TEXT
    );
    CREATE INDEX reports_open ON reports(resource, status);",
    // The same report sent again counts once more instead of taking a row;
    // `arrived` orders reports (ids are random) so the oldest can give way.
    "ALTER TABLE reports ADD COLUMN repeats INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE reports ADD COLUMN arrived INTEGER NOT NULL DEFAULT 0",
];

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

fn today() -> String {
    chrono::Utc::now().date_naive().to_string()
}

impl Store {
    /// Opens (creating if needed) and migrates to the current schema.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let db = |e| StoreError::Db(path.to_path_buf(), e);
        let conn = Connection::open(path).map_err(db)?;
        // Deleted reports are overwritten on disk, not left in free pages.
        conn.execute_batch("PRAGMA secure_delete = ON; PRAGMA busy_timeout = 5000;")
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

    /// Stores a report. The same one again is folded into it; past the cap
    /// of open reports per record only a new voice is taken, and past the
    /// hard cap (or the total cap) it takes the place of the oldest, so no
    /// number of senders can keep a new one from being heard.
    pub fn insert(&self, d: &Draft) -> Result<i64, StoreError> {
        let one = |sql: &str, p: &[&dyn rusqlite::ToSql]| -> Result<i64, StoreError> {
            self.conn
                .query_row(sql, p, |r| r.get(0))
                .map_err(|e| self.db(e))
        };
        let same: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM reports WHERE resource = ?1 AND field = ?2 AND value IS ?3
                 AND comment IS ?4 AND status = 'open' LIMIT 1",
                params![d.resource, d.field.id(), d.value, d.comment],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| self.db(e))?;
        if let Some(id) = same {
            self.conn
                .execute(
                    "UPDATE reports SET repeats = repeats + 1 WHERE id = ?1",
                    [id],
                )
                .map_err(|e| self.db(e))?;
            return Ok(id);
        }
        let open = one(
            "SELECT count(*) FROM reports WHERE resource = ?1 AND status = 'open'",
            &[&d.resource],
        )?;
        if open >= MAX_OPEN_PER_RESOURCE && !d.new_voice {
            return Err(StoreError::TooManyOpen(open));
        }
        let evict = |resource: &str| -> Result<(), StoreError> {
            self.conn
                .execute(
                    "DELETE FROM reports WHERE id = (SELECT id FROM reports
                     WHERE resource = ?1 AND status = 'open' ORDER BY arrived LIMIT 1)",
                    [resource],
                )
                .map_err(|e| self.db(e))
                .map(|_| ())
        };
        if open >= MAX_OPEN_HARD {
            evict(&d.resource)?;
        }
        let total = one("SELECT count(*) FROM reports WHERE status = 'open'", &[])?;
        if total >= MAX_OPEN_TOTAL {
            let busiest: String = self
                .conn
                .query_row(
                    "SELECT resource FROM reports WHERE status = 'open'
                     GROUP BY resource ORDER BY count(*) DESC LIMIT 1",
                    [],
                    |r| r.get(0),
                )
                .map_err(|e| self.db(e))?;
            evict(&busiest)?;
        }
        // A random id, not the next number: the sender cannot tell how many
        // reports came before, nor match its own with a log line.
        self.conn
            .execute(
                "INSERT INTO reports (id, resource, field, value, comment, received, arrived)
                 VALUES (abs(random() % 9007199254740000) + 1000, ?1, ?2, ?3, ?4, ?5,
                         (SELECT coalesce(max(arrived), 0) + 1 FROM reports))",
                params![d.resource, d.field.id(), d.value, d.comment, today()],
            )
            .map_err(|e| self.db(e))?;
        Ok(self.conn.last_insert_rowid())
    }

    fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Stored> {
        let field: String = r.get(2)?;
        let status: String = r.get(5)?;
        Ok(Stored {
            id: r.get(0)?,
            resource: r.get(1)?,
            field: Field::from_id(&field).unwrap_or(Field::Other),
            value: r.get(3)?,
            comment: r.get(4)?,
            status: Status::from_id(&status).unwrap_or(Status::Open),
            received: r.get(6)?,
            closed: r.get(7)?,
        })
    }

    pub fn list(&self, status: Option<Status>) -> Result<Vec<Stored>, StoreError> {
        let mut q = self
            .conn
            .prepare(
                "SELECT id, resource, field, value, comment, status, received, closed FROM reports
                 WHERE ?1 IS NULL OR status = ?1 ORDER BY id",
            )
            .map_err(|e| self.db(e))?;
        let rows = q
            .query_map([status.map(Status::id)], Self::row)
            .map_err(|e| self.db(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.db(e))
    }

    pub fn get(&self, id: i64) -> Result<Stored, StoreError> {
        self.conn
            .query_row(
                "SELECT id, resource, field, value, comment, status, received, closed FROM reports WHERE id = ?1",
                [id],
                Self::row,
            )
            .optional()
            .map_err(|e| self.db(e))?
            .ok_or(StoreError::NotFound(id))
    }

    pub fn close(&self, id: i64, status: Status) -> Result<(), StoreError> {
        let n = self
            .conn
            .execute(
                "UPDATE reports SET status = ?2, closed = ?3 WHERE id = ?1",
                params![id, status.id(), today()],
            )
            .map_err(|e| self.db(e))?;
        if n == 0 {
            return Err(StoreError::NotFound(id));
        }
        Ok(())
    }

    /// Deletes reports closed more than `KEEP_CLOSED_DAYS` before `today`.
    pub fn purge(&self, today: chrono::NaiveDate) -> Result<usize, StoreError> {
        let limit = (today - chrono::Duration::days(KEEP_CLOSED_DAYS)).to_string();
        let n = self
            .conn
            .execute(
                "DELETE FROM reports WHERE status != 'open' AND closed IS NOT NULL AND closed < ?1",
                [limit],
            )
            .map_err(|e| self.db(e))?;
        // Deleted text must not linger in free pages; nothing deleted, nothing to wipe.
        if n > 0 {
            self.conn.execute_batch("VACUUM").map_err(|e| self.db(e))?;
        }
        Ok(n)
    }
}

type Reply = tokio::sync::oneshot::Sender<Result<i64, StoreError>>;

/// The one writer: a thread that owns the connection, fed by a bounded queue.
#[derive(Clone)]
pub struct Queue {
    tx: std::sync::mpsc::SyncSender<(Draft, Reply)>,
}

/// Reports waiting to be written; beyond, senders get 503 at once.
pub const QUEUE_LEN: usize = 64;

impl Queue {
    /// Opens the database (migrating it), so a bad path fails at start-up,
    /// then hands it to the writer thread, which also purges old closed
    /// reports once a day.
    pub fn start(path: &Path) -> Result<Queue, StoreError> {
        let store = Store::open(path)?;
        let (tx, rx) = std::sync::mpsc::sync_channel::<(Draft, Reply)>(QUEUE_LEN);
        std::thread::Builder::new()
            .name("reports-writer".into())
            .spawn(move || {
                let mut purged = String::new();
                while let Ok((draft, reply)) = rx.recv() {
                    let _ = reply.send(store.insert(&draft));
                    let day = today();
                    if day != purged {
                        if let Err(e) = store.purge(chrono::Utc::now().date_naive()) {
                            tracing::error!(error = %e, "purging closed reports failed");
                        }
                        purged = day;
                    }
                }
            })
            .map_err(|_| StoreError::Stopped)?;
        Ok(Queue { tx })
    }

    /// Queues a report; the answer comes when it is written.
    pub async fn submit(&self, draft: Draft) -> Result<i64, StoreError> {
        let (reply, answer) = tokio::sync::oneshot::channel();
        self.tx.try_send((draft, reply)).map_err(|e| match e {
            std::sync::mpsc::TrySendError::Full(_) => StoreError::Full,
            std::sync::mpsc::TrySendError::Disconnected(_) => StoreError::Stopped,
        })?;
        answer.await.map_err(|_| StoreError::Stopped)?
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_store_migrates_keeps_the_day_only_and_caps_open_reports_per_record() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.sqlite");
        let s = Store::open(&path).unwrap();
        let d = Draft::new("mairie:01034", "phone", Some("04 79 81 29 06"), None).unwrap();
        let id = s.insert(&d).unwrap();
        let got = s.get(id).unwrap();
        assert_eq!(
            got.received.len(),
            10,
            "a day, not a time: {}",
            got.received
        );
        assert_eq!(got.status, Status::Open);
        assert_eq!(s.insert(&d).unwrap(), id, "the same report again is folded");
        let other = |n: i64| {
            Draft::new(
                "mairie:01034",
                "phone",
                Some(&format!("04 79 82 00 {n:02}")),
                None,
            )
            .unwrap()
        };
        for n in 1..MAX_OPEN_PER_RESOURCE {
            s.insert(&other(n)).unwrap();
        }
        assert!(matches!(
            s.insert(&other(99)),
            Err(StoreError::TooManyOpen(_))
        ));
        // A new voice is heard past the cap, and past the hard cap it takes
        // the oldest's place: the open reports never exceed it.
        for n in 100..100 + MAX_OPEN_HARD + 5 {
            let mut v = other(n);
            v.new_voice = true;
            s.insert(&v).unwrap();
        }
        assert_eq!(
            s.list(Some(Status::Open)).unwrap().len() as i64,
            MAX_OPEN_HARD
        );
        assert!(
            matches!(s.get(id), Err(StoreError::NotFound(_))),
            "the oldest gave way"
        );
        let one = s.list(Some(Status::Open)).unwrap()[0].id;
        s.close(one, Status::Rejected).unwrap();
        let mut again = other(500);
        again.new_voice = false;
        assert!(matches!(s.insert(&again), Err(StoreError::TooManyOpen(_))));
        drop(s);
        // Reopening does not migrate twice.
        let s = Store::open(&path).unwrap();
        assert_eq!(s.list(Some(Status::Rejected)).unwrap().len(), 1);
        let later = chrono::Utc::now().date_naive() + chrono::Duration::days(KEEP_CLOSED_DAYS + 1);
        assert_eq!(s.purge(later).unwrap(), 1);
        assert!(matches!(s.get(one), Err(StoreError::NotFound(_))));
    }

    /// VACUUM rewrites the whole file: only after a purge deleted something.
    #[test]
    fn purge_vacuums_only_when_it_deleted_something() {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(&dir.path().join("r.sqlite")).unwrap();
        let comment = "x".repeat(480);
        for i in 0..60 {
            let d = Draft::new(&format!("mairie:{i:05}"), "other", None, Some(&comment)).unwrap();
            s.insert(&d).unwrap();
        }
        let free = || -> i64 {
            s.conn
                .query_row("PRAGMA freelist_count", [], |r| r.get(0))
                .unwrap()
        };
        // Free pages left by a deletion that did not vacuum.
        s.conn
            .execute("DELETE FROM reports WHERE resource != 'mairie:00000'", [])
            .unwrap();
        let before = free();
        assert!(before > 0);
        let later = chrono::Utc::now().date_naive() + chrono::Duration::days(KEEP_CLOSED_DAYS + 1);
        assert_eq!(s.purge(later).unwrap(), 0);
        assert_eq!(free(), before, "nothing purged, yet the file was rewritten");
        let id = s.list(None).unwrap()[0].id;
        s.close(id, Status::Accepted).unwrap();
        assert_eq!(s.purge(later).unwrap(), 1);
        assert_eq!(free(), 0, "a purge that deleted left free pages");
    }
}
