//! Writes that survive a crash: the bytes reach the disk before the name
//! points at them, and the directory entry itself is synced.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` and waits until they are on disk.
pub fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut f = std::fs::File::create(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

/// Replaces `path` whole: a reader, or a restart after a power cut, sees the
/// old file or the new one, never half of one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = std::path::PathBuf::from(tmp);
    write_synced(&tmp, bytes)?;
    std::fs::rename(&tmp, path)?;
    sync_dir(path.parent().unwrap_or(Path::new(".")))
}

/// Makes a rename or a new file in `dir` durable.
pub fn sync_dir(dir: &Path) -> std::io::Result<()> {
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    std::fs::File::open(dir)?.sync_all()
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::Arc;

    #[test]
    fn an_atomic_write_replaces_the_whole_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f.json");
        std::fs::write(&p, b"old old old").unwrap();
        super::write_atomic(&p, b"new").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    /// A reader racing the writer sees one whole version or the other, never
    /// an empty or a half-written file (which a truncate-then-write shows).
    #[test]
    fn a_reader_racing_an_atomic_write_never_sees_a_partial_file() {
        const LEN: usize = 1 << 20;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big.json");
        std::fs::write(&p, vec![b'a'; LEN]).unwrap();
        let done = Arc::new(AtomicBool::new(false));
        let count = Arc::new(AtomicUsize::new(0));
        let reader = {
            let (p, done, count) = (p.clone(), done.clone(), count.clone());
            std::thread::spawn(move || {
                let mut torn = Vec::new();
                while !done.load(Ordering::SeqCst) {
                    let b = std::fs::read(&p).unwrap();
                    count.fetch_add(1, Ordering::SeqCst);
                    if b.len() != LEN || b.iter().any(|c| *c != b[0]) {
                        torn.push(b.len());
                    }
                }
                torn
            })
        };
        // Writes go on until the reader has raced them a few hundred times.
        let start = std::time::Instant::now();
        let mut i = 0;
        while i < 40 || count.load(Ordering::SeqCst) < 300 {
            let c = if i % 2 == 0 { b'b' } else { b'a' };
            super::write_atomic(&p, &vec![c; LEN]).unwrap();
            i += 1;
            if start.elapsed() > std::time::Duration::from_secs(20) {
                break;
            }
        }
        done.store(true, Ordering::SeqCst);
        let torn = reader.join().unwrap();
        let reads = count.load(Ordering::SeqCst);
        assert!(reads >= 300, "the reader ran {reads} times only");
        assert!(
            torn.is_empty(),
            "{} of {reads} reads saw a partial file: lengths {:?}",
            torn.len(),
            &torn[..torn.len().min(5)]
        );
    }

    /// A write that fails before the rename (here the temporary cannot be
    /// created) leaves the old file exactly as it was.
    #[test]
    fn a_failed_atomic_write_leaves_the_old_file_intact() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f.json");
        std::fs::write(&p, b"old old old").unwrap();
        std::fs::create_dir(dir.path().join("f.json.tmp")).unwrap();
        assert!(super::write_atomic(&p, b"new").is_err());
        assert_eq!(std::fs::read(&p).unwrap(), b"old old old");
    }
}
