//! Rendered answers, shared for a minute: a commune's unfiltered page (or an
//! API answer) is the same for everyone, only "open now" moves with the
//! clock. Keyed by index generation, so a reload never serves a stale one.
//! Each is kept gzipped too: compressing 12 KB on every request (on actix's
//! blocking pool) cut a page's throughput thirtyfold.

use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse};
use std::collections::HashMap;
use std::io::Write;
use std::sync::RwLock;

const CAPACITY: usize = 4096;
/// Bytes kept per cache (both encodings), whatever the queries: varied API
/// questions must not grow memory past the budget.
const MAX_BYTES: usize = 24 << 20;

/// A body and its gzip encoding, made once.
#[derive(Clone)]
pub struct Cached {
    pub plain: Bytes,
    pub gzip: Bytes,
}

impl Cached {
    pub fn new(plain: Bytes) -> Self {
        let mut enc = flate2::write::GzEncoder::new(
            Vec::with_capacity(plain.len() / 3),
            flate2::Compression::default(),
        );
        let gzip = enc
            .write_all(&plain)
            .and_then(|_| enc.finish())
            .map(Bytes::from)
            .unwrap_or_default();
        Cached { plain, gzip }
    }

    /// 200 with the encoding the client takes; the compression layer leaves
    /// a response that already names its encoding alone.
    pub fn respond(&self, req: &HttpRequest, content_type: &str) -> HttpResponse {
        let mut r = HttpResponse::Ok();
        r.content_type(content_type)
            .insert_header(("Vary", "Accept-Encoding"));
        if takes_gzip(req) && !self.gzip.is_empty() {
            r.insert_header(("Content-Encoding", "gzip"))
                .body(self.gzip.clone())
        } else {
            r.body(self.plain.clone())
        }
    }
}

/// Whether the client prefers gzip to the plain body (RFC 9110 §12.5.3):
/// listed without `q=0`, and not ranked below `identity`.
pub fn takes_gzip(req: &HttpRequest) -> bool {
    use actix_web::http::header::{AcceptEncoding, Encoding, Header};
    AcceptEncoding::parse(req)
        .ok()
        .and_then(|a| a.negotiate([Encoding::gzip(), Encoding::identity()].iter()))
        == Some(Encoding::gzip())
}

/// Keys asked once this minute, remembered by a keyed hash only.
const SEEN_CAPACITY: usize = 1 << 16;

#[derive(Default)]
pub struct PageCache {
    /// Read-mostly: every hit takes only the shared lock.
    map: RwLock<HashMap<String, (i64, String, Cached)>>,
    bytes: std::sync::atomic::AtomicUsize,
    /// Most of 35,000 communes are asked once a minute or less: a page is
    /// kept (and gzipped) only when asked a second time, so a one-off visit
    /// costs its drawing alone.
    seen: std::sync::Mutex<(i64, std::collections::HashSet<u64>)>,
    hasher: std::hash::RandomState,
    /// The minute the cache was found full of that minute's pages: no new
    /// page is kept, nor the map swept, before the next.
    full: std::sync::atomic::AtomicI64,
}

impl PageCache {
    fn minute() -> i64 {
        chrono::Utc::now().timestamp() / 60
    }

    pub fn get(&self, key: &str, generation: &str) -> Option<Cached> {
        let map = self.map.read().unwrap_or_else(|e| e.into_inner());
        map.get(key)
            .filter(|(m, g, _)| *m == Self::minute() && g == generation)
            .map(|(_, _, b)| b.clone())
    }

    /// Whether `key` was asked before this minute and is worth keeping: the
    /// first asking only remembers it.
    pub fn admit(&self, key: &str, generation: &str) -> bool {
        use std::hash::BuildHasher;
        let now = Self::minute();
        if self.full.load(std::sync::atomic::Ordering::Relaxed) == now {
            return false;
        }
        let h = self.hasher.hash_one((key, generation));
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        if seen.0 != now || seen.1.len() >= SEEN_CAPACITY {
            *seen = (now, Default::default());
        }
        !seen.1.insert(h)
    }

    pub fn put(&self, key: String, generation: &str, body: Cached) {
        use std::sync::atomic::Ordering::Relaxed;
        let size = |c: &Cached| c.plain.len() + c.gzip.len();
        let now = Self::minute();
        if self.full.load(Relaxed) == now {
            return;
        }
        let mut map = self.map.write().unwrap_or_else(|e| e.into_inner());
        let mut bytes = self.bytes.load(Relaxed);
        if map.len() >= CAPACITY || bytes + size(&body) > MAX_BYTES {
            map.retain(|_, (m, _, _)| *m == now);
            bytes = map.values().map(|v| size(&v.2)).sum();
            // Still full of this minute's pages: the new one is not kept,
            // rather than emptying the cache for everyone (a flood of varied
            // queries must not evict the communes people are reading), and
            // the map is not swept again before the next minute.
            if map.len() >= CAPACITY || bytes + size(&body) > MAX_BYTES {
                self.bytes.store(bytes, Relaxed);
                self.full.store(now, Relaxed);
                return;
            }
        }
        bytes += size(&body);
        if let Some(old) = map.insert(key, (now, generation.to_string(), body)) {
            bytes -= size(&old.2);
        }
        self.bytes.store(bytes, Relaxed);
    }
}

/// One generation's sitemap files, built once and shared: a reader that
/// never reads holds a reference to these bytes, not a copy of its own.
pub struct Sitemaps {
    pub generation: String,
    pub base: String,
    pub index: Cached,
    /// Each file, plain and gzipped (every crawler takes gzip).
    pub files: Vec<Cached>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A commune seen once is drawn and let go; asked again within the
    /// minute, it is kept. Another generation is another page.
    #[test]
    fn a_page_is_kept_only_when_asked_a_second_time() {
        let c = PageCache::default();
        assert!(!c.admit("/commune/01034", "gen-1"));
        assert!(!c.admit("/commune/01004", "gen-1"));
        assert!(c.admit("/commune/01034", "gen-1"));
        assert!(!c.admit("/commune/01034", "gen-2"));
    }

    #[test]
    fn a_page_from_another_index_generation_is_never_served() {
        let c = PageCache::default();
        c.put(
            "/commune/01034".into(),
            "gen-1",
            Cached::new(Bytes::from_static(b"old")),
        );
        assert_eq!(
            c.get("/commune/01034", "gen-1").map(|c| c.plain),
            Some(Bytes::from_static(b"old"))
        );
        assert!(c.get("/commune/01034", "gen-2").is_none());
        assert!(c.get("/en/commune/01034", "gen-1").is_none());
    }

    #[test]
    fn the_gzip_copy_decodes_to_the_page() {
        let page = Bytes::from("<p>Belley</p>".repeat(500));
        let c = Cached::new(page.clone());
        let mut out = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&c.gzip[..]), &mut out)
            .unwrap();
        assert_eq!(out, page);
        assert!(c.gzip.len() < page.len() / 4);
    }

    #[test]
    fn varied_questions_never_hold_more_than_the_byte_budget() {
        let c = PageCache::default();
        c.put(
            "/commune/01034".into(),
            "g",
            Cached::new(Bytes::from_static(b"Belley")),
        );
        let body = Cached::new(Bytes::from(vec![b'x'; 100_000]));
        for i in 0..1000 {
            c.put(format!("q={i}"), "g", body.clone());
            assert!(c.bytes.load(std::sync::atomic::Ordering::Relaxed) <= MAX_BYTES);
        }
        assert!(
            c.get("/commune/01034", "g").is_some(),
            "a flood of varied questions does not empty the cache"
        );
        assert!(
            c.get("q=0", "g").is_some(),
            "what came first this minute stays"
        );
    }

    #[test]
    fn gzip_is_taken_unless_refused() {
        let req = |v: &str| {
            actix_web::test::TestRequest::default()
                .insert_header(("Accept-Encoding", v))
                .to_http_request()
        };
        assert!(takes_gzip(&req("gzip, deflate, br")));
        assert!(takes_gzip(&req("br;q=1.0, GZIP;q=0.5")));
        assert!(!takes_gzip(&req("gzip;q=0")));
        assert!(!takes_gzip(&req("br")));
        assert!(!takes_gzip(
            &actix_web::test::TestRequest::default().to_http_request()
        ));
    }
}
