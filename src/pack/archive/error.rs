//! Why an archive or a key could not be used: [`ArchiveError`].
//!
//! The reader, the signature check and the key files ([`super`], [`super::signature`],
//! [`super::keys`]) return these errors; this module only names them and says how each is
//! worded. It does not check anything.

use super::keys::PublicKey;
use crate::pack::PackError;

/// Why an archive or a key could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error("not a pack archive, or a damaged one: {0}")]
    Damaged(String),
    #[error("the archive holds an entry that is not allowed: {0}")]
    UnsafeEntry(String),
    #[error("the archive is too large for a policy pack: {0}")]
    TooLarge(String),
    #[error("the archive is not signed")]
    Unsigned,
    #[error("the archive's signature does not match its contents")]
    BadSignature,
    #[error("the archive is signed by a key that is not trusted: {0}")]
    UntrustedKey(PublicKey),
    #[error("{0} has been changed since the archive was signed")]
    Tampered(String),
    #[error("{0} is listed in the signature but missing from the archive")]
    MissingFile(String),
    #[error("{0} is in the archive but not in its signed list of files")]
    UnlistedFile(String),
    #[error("the archive holds an invalid pack: {0}")]
    InvalidPack(#[from] PackError),
    #[error("{path}: {message}")]
    Io { path: String, message: String },
    #[error("not a valid key file: {0}")]
    BadKey(String),
    #[error("{0} already exists; it is not overwritten")]
    KeyExists(String),
    #[error("no secure random numbers: {0}")]
    Randomness(String),
}

impl ArchiveError {
    /// The Fluent id (in the application's own messages) that words this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            ArchiveError::Damaged(_) => "error-archive-damaged",
            ArchiveError::UnsafeEntry(_) => "error-archive-unsafe-entry",
            ArchiveError::TooLarge(_) => "error-archive-too-large",
            ArchiveError::Unsigned => "error-archive-unsigned",
            ArchiveError::BadSignature => "error-archive-bad-signature",
            ArchiveError::UntrustedKey(_) => "error-archive-untrusted-key",
            ArchiveError::Tampered(_) => "error-archive-tampered",
            ArchiveError::MissingFile(_) => "error-archive-missing-file",
            ArchiveError::UnlistedFile(_) => "error-archive-unlisted-file",
            ArchiveError::InvalidPack(_) => "error-archive-invalid-pack",
            ArchiveError::Io { .. } => "error-archive-io",
            ArchiveError::BadKey(_) => "error-archive-bad-key",
            ArchiveError::KeyExists(_) => "error-archive-key-exists",
            ArchiveError::Randomness(_) => "error-archive-randomness",
        }
    }

    /// The arguments the Fluent message uses: `path` names a file, `key` a public key, and
    /// `detail` carries the technical English wording where there is one.
    pub fn message_args(&self) -> Vec<(&'static str, String)> {
        match self {
            ArchiveError::Damaged(detail)
            | ArchiveError::TooLarge(detail)
            | ArchiveError::BadKey(detail)
            | ArchiveError::Randomness(detail) => vec![("detail", detail.clone())],
            ArchiveError::UnsafeEntry(path)
            | ArchiveError::Tampered(path)
            | ArchiveError::MissingFile(path)
            | ArchiveError::UnlistedFile(path)
            | ArchiveError::KeyExists(path) => vec![("path", path.clone())],
            ArchiveError::UntrustedKey(key) => vec![("key", key.to_string())],
            ArchiveError::InvalidPack(e) => vec![("detail", e.one_line())],
            ArchiveError::Io { path, message } => {
                vec![("path", path.clone()), ("reason", message.clone())]
            }
            ArchiveError::Unsigned | ArchiveError::BadSignature => Vec::new(),
        }
    }
}
