//! Reports per client and record, counted in memory for the day only: with
//! the cap of open reports per record, no one client can fill a record's
//! queue and silence everyone else's reports on it.

/// Reports one client may send on one record in a day.
pub const PER_CLIENT_AND_RECORD: u32 = 5;

/// Today's date and the count per (client, record).
type Counts = (
    String,
    std::collections::HashMap<(std::net::IpAddr, String), u32>,
);

/// Addresses stay in memory for the day, never in the reports database or a log.
#[derive(Default)]
pub struct Quota {
    today: std::sync::Mutex<Counts>,
}

impl Quota {
    /// Counts one more report: None when the client has sent its share,
    /// else whether it is the client's first on this record today.
    pub fn take(&self, client: std::net::IpAddr, record: &str) -> Option<bool> {
        let day = chrono::Utc::now().date_naive().to_string();
        let mut t = self.today.lock().unwrap_or_else(|e| e.into_inner());
        if t.0 != day {
            *t = (day, Default::default());
        }
        let n = t.1.entry((client, record.to_string())).or_insert(0);
        if *n >= PER_CLIENT_AND_RECORD {
            return None;
        }
        *n += 1;
        Some(*n == 1)
    }
}
