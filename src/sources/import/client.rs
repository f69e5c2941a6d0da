//! An HTTP client that retries what is worth retrying: 429, 5xx, cut
//! connections, truncated bodies; with timeouts and exponential backoff.

use super::ImportError;
use serde_json::Value;
use std::time::Duration;

pub struct Fetcher {
    client: reqwest::Client,
    /// For the bulk file: no limit on the whole transfer (365 MB take minutes
    /// on a slow line), but `idle` between two chunks.
    bulk: reqwest::Client,
    idle: Duration,
    pub retries: u32,
    pub backoff: Duration,
}

/// The bulk file is about 365 MB; a download past this is not that file.
pub const MAX_DOWNLOAD: u64 = 2 << 30;
/// A line in the log every this many bytes of a long download.
const PROGRESS_EVERY: u64 = 50 << 20;

impl Fetcher {
    pub fn new(timeout: Duration) -> Result<Self, ImportError> {
        let build = |b: reqwest::ClientBuilder| {
            b.connect_timeout(Duration::from_secs(10))
                .user_agent(concat!("maillage-import/", env!("CARGO_PKG_VERSION")))
                .build()
                .map_err(|e| ImportError::Http {
                    url: "-".into(),
                    message: e.to_string(),
                })
        };
        let client = build(reqwest::Client::builder().timeout(timeout))?;
        let bulk = build(reqwest::Client::builder())?;
        Ok(Self {
            client,
            bulk,
            idle: timeout,
            retries: 4,
            backoff: Duration::from_millis(500),
        })
    }

    /// GET a JSON document; `page` names it in errors.
    pub async fn json(
        &self,
        url: &str,
        query: &[(&str, String)],
        page: usize,
    ) -> Result<Value, ImportError> {
        let mut attempt = 0;
        loop {
            let outcome = self.once(url, query, page).await;
            match outcome {
                Ok(v) => return Ok(v),
                Err((retryable, e)) if retryable && attempt < self.retries => {
                    let wait = self.backoff * 2u32.pow(attempt);
                    tracing::warn!("page {page}: {e}; nouvel essai dans {wait:?}");
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                }
                Err((_, e)) => return Err(e),
            }
        }
    }

    /// GET a large file into `to`, chunk by chunk (never whole in memory);
    /// a cut transfer starts again, as for a page.
    pub async fn download(&self, url: &str, to: &std::path::Path) -> Result<u64, ImportError> {
        let mut attempt = 0;
        loop {
            match self.download_once(url, to).await {
                Ok(n) => return Ok(n),
                Err((retryable, e)) if retryable && attempt < self.retries => {
                    let wait = self.backoff * 2u32.pow(attempt);
                    tracing::warn!("{e}; nouvel essai dans {wait:?}");
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                }
                Err((_, e)) => return Err(e),
            }
        }
    }

    async fn download_once(
        &self,
        url: &str,
        to: &std::path::Path,
    ) -> Result<u64, (bool, ImportError)> {
        use std::io::Write;
        let http = |message: String| ImportError::Http {
            url: url.to_string(),
            message,
        };
        let io = |e| (false, ImportError::Io(to.display().to_string(), e));
        let mut resp = tokio::time::timeout(self.idle, self.bulk.get(url).send())
            .await
            .map_err(|_| (true, http(format!("aucune réponse en {:?}", self.idle))))?
            .map_err(|e| (true, http(e.to_string())))?;
        let status = resp.status();
        if !status.is_success() {
            let retry = status.as_u16() == 429 || status.is_server_error();
            return Err((retry, http(format!("statut {status}"))));
        }
        let expected = resp.content_length();
        if expected.is_some_and(|e| e > MAX_DOWNLOAD) {
            return Err((
                false,
                http(format!("fichier annoncé de plus de {MAX_DOWNLOAD} octets")),
            ));
        }
        let mut file = std::io::BufWriter::new(std::fs::File::create(to).map_err(io)?);
        let mut n = 0u64;
        loop {
            let chunk = tokio::time::timeout(self.idle, resp.chunk())
                .await
                .map_err(|_| {
                    (
                        true,
                        http(format!(
                            "rien reçu pendant {:?} ({n} octets reçus)",
                            self.idle
                        )),
                    )
                })?
                .map_err(|e| (true, http(format!("corps interrompu : {e}"))))?;
            let Some(chunk) = chunk else { break };
            file.write_all(&chunk).map_err(io)?;
            let before = n;
            n += chunk.len() as u64;
            if n > MAX_DOWNLOAD {
                return Err((
                    false,
                    http(format!("fichier de plus de {MAX_DOWNLOAD} octets")),
                ));
            }
            if n / PROGRESS_EVERY > before / PROGRESS_EVERY {
                tracing::info!("téléchargé : {} Mo", n >> 20);
            }
        }
        file.flush().map_err(io)?;
        if expected.is_some_and(|e| e != n) {
            return Err((true, http(format!("corps interrompu : {n} octets reçus"))));
        }
        Ok(n)
    }

    async fn once(
        &self,
        url: &str,
        query: &[(&str, String)],
        page: usize,
    ) -> Result<Value, (bool, ImportError)> {
        let http = |message: String| ImportError::Http {
            url: url.to_string(),
            message,
        };
        let resp = self
            .client
            .get(url)
            .query(query)
            .send()
            .await
            .map_err(|e| (true, http(e.to_string())))?;
        let status = resp.status();
        if status.as_u16() == 429 || status.is_server_error() {
            return Err((true, http(format!("statut {status}"))));
        }
        if !status.is_success() {
            return Err((false, http(format!("statut {status}"))));
        }
        let bytes = resp
            .bytes()
            .await
            .map_err(|e| (true, http(format!("corps interrompu : {e}"))))?;
        serde_json::from_slice(&bytes).map_err(|e| {
            // A body cut short is worth another try; well-formed nonsense is not.
            let truncated = e.is_eof();
            (
                truncated,
                ImportError::Json {
                    page,
                    url: url.to_string(),
                    message: e.to_string(),
                },
            )
        })
    }
}
