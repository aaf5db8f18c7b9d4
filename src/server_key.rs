//! The server's key for keyed hashes (resume codes): from `SECRET_KEY`, or from a key file the
//! server creates on first start (`SECRET_KEY_FILE`, default `youthvoice.key`, readable by its
//! owner only). It is never stored in the database, so a stolen database file alone cannot be
//! searched for codes; back it up apart from the database (see the README's "Backups").

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::domain::tokens::ServerKey;

pub const DEFAULT_KEY_FILE: &str = "youthvoice.key";

/// Where the key comes from.
#[derive(Clone, PartialEq, Eq)]
pub enum KeySource {
    /// `SECRET_KEY`: 64 hex characters, or any text of at least 32 bytes.
    Given(String),
    File(PathBuf),
}

impl std::fmt::Debug for KeySource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KeySource::Given(_) => f.write_str("KeySource::Given(..)"),
            KeySource::File(path) => write!(f, "KeySource::File({path:?})"),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error(
        "{0} must hold at least 32 bytes (64 hex characters); make one with `openssl rand -hex 32`"
    )]
    TooShort(String),
    #[error("could not read the key file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("could not create the key file {path}: {source}")]
    Create {
        path: PathBuf,
        source: std::io::Error,
    },
}

fn key_from_text(text: &str, name: &str) -> Result<ServerKey, KeyError> {
    let text = text.trim();
    let bytes = match hex::decode(text) {
        Ok(bytes) => bytes,
        Err(_) => text.as_bytes().to_vec(),
    };
    ServerKey::from_bytes(bytes).ok_or_else(|| KeyError::TooShort(name.to_owned()))
}

pub fn load(source: &KeySource) -> Result<ServerKey, KeyError> {
    match source {
        KeySource::Given(text) => key_from_text(text, "SECRET_KEY"),
        KeySource::File(path) => load_or_create(path),
    }
}

fn load_or_create(path: &Path) -> Result<ServerKey, KeyError> {
    match create(path) {
        Ok(()) => tracing::info!(path = %path.display(), "created a new server key file"),
        // Already there (from an earlier start, or another server starting at the same moment).
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(source) => {
            return Err(KeyError::Create {
                path: path.to_owned(),
                source,
            });
        }
    }
    let text = std::fs::read_to_string(path).map_err(|source| KeyError::Read {
        path: path.to_owned(),
        source,
    })?;
    key_from_text(&text, &path.display().to_string())
}

fn create(path: &Path) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(format!("{}\n", ServerKey::generate_hex()).as_bytes())?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_file_is_made_once_private_and_then_reused() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("server.key");
        let source = KeySource::File(path.clone());
        let first = load(&source).unwrap();
        let again = load(&source).unwrap();
        assert_eq!(first.keyed_hash("x"), again.keyed_hash("x"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn a_given_key_must_be_long_enough_and_is_never_printed() {
        assert!(matches!(
            load(&KeySource::Given("short".into())),
            Err(KeyError::TooShort(_))
        ));
        let hex = "ab".repeat(32);
        assert!(load(&KeySource::Given(hex.clone())).is_ok());
        assert!(!format!("{:?}", KeySource::Given(hex.clone())).contains(&hex));
    }
}
