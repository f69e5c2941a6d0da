//! Rendered results pages, shared for a minute: a commune's unfiltered page
//! is the same for everyone, only "open now" moves with the clock. Keyed by
//! index generation, so a reload never serves a stale page.

use std::collections::HashMap;
use std::sync::Mutex;

const CAPACITY: usize = 4096;

#[derive(Default)]
pub struct PageCache {
    map: Mutex<HashMap<String, (i64, String, actix_web::web::Bytes)>>,
}

impl PageCache {
    fn minute() -> i64 {
        chrono::Utc::now().timestamp() / 60
    }

    pub fn get(&self, key: &str, generation: &str) -> Option<actix_web::web::Bytes> {
        let map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        map.get(key)
            .filter(|(m, g, _)| *m == Self::minute() && g == generation)
            .map(|(_, _, b)| b.clone())
    }

    pub fn put(&self, key: String, generation: &str, body: actix_web::web::Bytes) {
        let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() >= CAPACITY {
            let now = Self::minute();
            map.retain(|_, (m, _, _)| *m == now);
            if map.len() >= CAPACITY {
                map.clear();
            }
        }
        map.insert(key, (Self::minute(), generation.to_string(), body));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_from_another_index_generation_is_never_served() {
        let c = PageCache::default();
        c.put(
            "/commune/01034".into(),
            "gen-1",
            actix_web::web::Bytes::from_static(b"old"),
        );
        assert_eq!(
            c.get("/commune/01034", "gen-1").as_deref(),
            Some(&b"old"[..])
        );
        assert!(c.get("/commune/01034", "gen-2").is_none());
        assert!(c.get("/en/commune/01034", "gen-1").is_none());
    }
}
