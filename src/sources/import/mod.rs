//! Importers: fetch official open data over HTTP and write a deterministic
//! file into the data directory; the next `maillage index` picks it up.

pub mod annuaire;
pub mod bulk;
pub mod client;
pub mod communes;

use std::path::Path;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum ImportError {
    #[error("{url} : {message}")]
    Http { url: String, message: String },
    #[error("page {page} ({url}) : JSON invalide : {message}")]
    Json {
        page: usize,
        url: String,
        message: String,
    },
    #[error("refusé : {new} fiches au lieu de {old} (plus de 20 % de moins) ; relancez avec --force pour remplacer quand même")]
    Shrunk { old: usize, new: usize },
    #[error("refusé : aucune fiche importée")]
    Empty,
    #[error("type {0} : {1}")]
    Type(String, Box<ImportError>),
    #[error("écriture de {0} : {1}")]
    Io(String, std::io::Error),
}

/// Writes beside the target, syncs, then renames, so neither a reader nor a
/// restart after a crash ever sees half a file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ImportError> {
    crate::sources::durable::write_atomic(path, bytes)
        .map_err(|e| ImportError::Io(path.display().to_string(), e))
}

/// Refuses an empty result, or one much smaller than what it replaces.
pub fn guard_size(old: Option<usize>, new: usize, force: bool) -> Result<(), ImportError> {
    if new == 0 && !force {
        return Err(ImportError::Empty);
    }
    match old {
        Some(old) if !force && (new as f64) < old as f64 * 0.8 => {
            Err(ImportError::Shrunk { old, new })
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_much_smaller_import_is_refused_unless_forced() {
        assert!(guard_size(Some(100), 79, false).is_err());
        assert!(guard_size(Some(100), 80, false).is_ok());
        assert!(guard_size(Some(100), 10, true).is_ok());
        assert!(guard_size(None, 0, false).is_err());
        assert!(guard_size(None, 5, false).is_ok());
    }
}
