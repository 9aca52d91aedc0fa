//! Why an archive or a key could not be used: [`ArchiveError`], typed down to its reason
//! ([`Damage`], [`Oversize`], [`KeyFault`]), and the [`Message`] that says each in the reader's
//! language.
//!
//! The reader, the signature check and the key files (`mod.rs`, `zip.rs`, `signature.rs`,
//! `keys.rs`) return these errors; this module only names them and says how each is worded.
//! It does not check anything. The English [`fmt::Display`] is for logs; a person reads
//! [`Explain::message`]. Where a library's own words are kept (the zip reader's, the TOML
//! parser's), the sentence quotes them as that library's.

use std::fmt;

use super::keys::{KeyFile, PublicKey};
use super::signature::{ARCHIVE_FORMAT, SIGNATURE_FILE};
use crate::message::{io_reason, Explain, Message};
use crate::pack::{problems_message, PackError};

/// Why an archive or a key could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error("not a pack archive, or a damaged one: {0}")]
    Damaged(Damage),
    #[error("the archive holds an entry that is not allowed: {0}")]
    UnsafeEntry(String),
    #[error("the archive is too large for a policy pack: {0}")]
    TooLarge(Oversize),
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
    /// A file or folder (an archive, a key file, the installed packs) could not be read or
    /// written.
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    /// The archive could not be put together in memory.
    #[error("the archive could not be written: {0}")]
    NotWritten(std::io::Error),
    /// An archive written to disk to be installed did not read back as it was written.
    #[error("{0}: the copy on disk differs from the file imported")]
    CopyDiffers(String),
    #[error("not a valid key: {0}")]
    BadKey(KeyFault),
    #[error("{0} already exists; it is not overwritten")]
    KeyExists(String),
    #[error("no secure random numbers: {0}")]
    Randomness(getrandom::Error),
    /// Installing would replace the pack in use with an older version of it (both named as
    /// `id version`); refused unless staff ask for it.
    #[error("{offered} is older than {in_use}, the pack in use")]
    Older { in_use: String, offered: String },
    /// Installing would replace the pack in use with another policy's pack; refused unless
    /// staff ask for it.
    #[error("{offered} is another policy's pack than {in_use}, the pack in use")]
    OtherPack { in_use: String, offered: String },
}

/// How an archive is damaged: not a zip, or a zip whose directory or signature entry does not
/// hold together.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Damage {
    /// The zip reader refuses the file; `said` is its own words.
    #[error("{said}")]
    NotZip { said: String },
    /// The zip reader refuses one entry; `said` is its own words.
    #[error("{name}: {said}")]
    Entry { name: String, said: String },
    #[error("the central directory is cut short")]
    DirectoryCut,
    #[error("the central directory lists {listed} entries, the zip reader found {found}")]
    EntryCount { listed: usize, found: usize },
    #[error("{SIGNATURE_FILE}: not UTF-8")]
    SignatureNotText,
    /// The signature entry is not TOML; `said` is the parser's own words.
    #[error("{SIGNATURE_FILE}:{line}: {said}")]
    SignatureSyntax { line: usize, said: String },
    /// The signature entry is of another format than [`ARCHIVE_FORMAT`].
    #[error("{SIGNATURE_FILE}: unknown format `{0}`")]
    SignatureFormat(String),
    /// A line of the digest list that is not `sha256-hex  path`.
    #[error("{SIGNATURE_FILE}: bad line `{0}`")]
    SignatureLine(String),
    #[error("{SIGNATURE_FILE}: the file list is not in canonical form")]
    SignatureNotCanonical,
    #[error("{SIGNATURE_FILE}: bad key")]
    SignatureKey,
    #[error("{SIGNATURE_FILE}: bad signature encoding")]
    SignatureEncoding,
    #[error("{SIGNATURE_FILE}: a key without a signature, or the reverse")]
    SignatureHalf,
}

/// Which of the [`super::Limits`] an archive goes over.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Oversize {
    #[error("the file has {size} bytes, over {limit}")]
    File { size: u64, limit: u64 },
    #[error("over {limit} entries")]
    Entries { limit: usize },
    /// One entry, uncompressed.
    #[error("{name}: over {limit} bytes")]
    Entry { name: String, limit: u64 },
    /// All entries together, uncompressed.
    #[error("over {limit} bytes in all")]
    Total { limit: u64 },
}

/// What is wrong with a key, and the file it came from, if it came from one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyFault {
    pub file: Option<String>,
    pub reason: KeyReason,
}

/// Why a key's text is not a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum KeyReason {
    #[error("not text")]
    NotText,
    /// A key file of the other kind: a public key given to sign with, or the reverse.
    #[error("this is a `{found}` file, not a `{wanted}` file")]
    WrongFile { found: KeyFile, wanted: KeyFile },
    /// The first line is not the header of the kind of key file wanted.
    #[error("the first line must be `{0}`")]
    NoHeader(KeyFile),
    #[error("the key is missing")]
    Missing,
    #[error("more than one key")]
    MoreThanOne,
    #[error("the key is not 32 bytes of base64")]
    NotBase64,
    #[error("not a valid ed25519 public key")]
    NotEd25519,
}

impl KeyFault {
    /// A fault of a key given as text, not read from a file.
    pub fn new(reason: KeyReason) -> KeyFault {
        KeyFault { file: None, reason }
    }
}

impl fmt::Display for KeyFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.file {
            Some(file) => write!(f, "{file}: {}", self.reason),
            None => write!(f, "{}", self.reason),
        }
    }
}

impl Explain for ArchiveError {
    fn message(&self) -> Message {
        let path = |id, path: &String| Message::new(id).with("path", path);
        match self {
            ArchiveError::Damaged(damage) => damage.message(),
            ArchiveError::UnsafeEntry(p) => path("error-archive-unsafe-entry", p),
            ArchiveError::TooLarge(over) => over.message(),
            ArchiveError::Unsigned => Message::new("error-archive-unsigned"),
            ArchiveError::BadSignature => Message::new("error-archive-bad-signature"),
            ArchiveError::UntrustedKey(key) => {
                Message::new("error-archive-untrusted-key").with("key", key.to_string())
            }
            ArchiveError::Tampered(p) => path("error-archive-tampered", p),
            ArchiveError::MissingFile(p) => path("error-archive-missing-file", p),
            ArchiveError::UnlistedFile(p) => path("error-archive-unlisted-file", p),
            ArchiveError::InvalidPack(PackError::Invalid(problems)) => {
                problems_message("error-archive-invalid-pack", problems)
            }
            ArchiveError::InvalidPack(other) => other.message(),
            ArchiveError::Io { path: p, source } => {
                path("error-archive-io", p).with("reason", io_reason(source))
            }
            ArchiveError::NotWritten(source) => {
                Message::new("error-archive-not-written").with("reason", io_reason(source))
            }
            ArchiveError::CopyDiffers(p) => path("error-archive-copy-differs", p),
            ArchiveError::BadKey(fault) => {
                let reason = fault.reason.message();
                match &fault.file {
                    Some(file) => path("error-archive-bad-key-file", file).with("reason", reason),
                    None => Message::new("error-archive-bad-key").with("reason", reason),
                }
            }
            ArchiveError::KeyExists(p) => path("error-archive-key-exists", p),
            ArchiveError::Randomness(_) => Message::new("error-archive-randomness"),
            ArchiveError::Older { in_use, offered } => Message::new("error-archive-older")
                .with("in_use", in_use)
                .with("offered", offered)
                .with("flag", "--allow-downgrade"),
            ArchiveError::OtherPack { in_use, offered } => Message::new("error-archive-other-pack")
                .with("in_use", in_use)
                .with("offered", offered)
                .with("flag", "--allow-downgrade"),
        }
    }
}

impl Explain for Damage {
    fn message(&self) -> Message {
        let signature = |id| Message::new(id).with("file", SIGNATURE_FILE);
        match self {
            Damage::NotZip { said } => Message::new("error-archive-not-zip").with("said", said),
            Damage::Entry { name, said } => Message::new("error-archive-entry-damaged")
                .with("path", name)
                .with("said", said),
            Damage::DirectoryCut => Message::new("error-archive-directory-cut"),
            Damage::EntryCount { listed, found } => Message::new("error-archive-entry-count")
                .with("listed", *listed)
                .with("found", *found),
            Damage::SignatureNotText => signature("error-archive-signature-not-text"),
            Damage::SignatureSyntax { line, said } => signature("error-archive-signature-syntax")
                .with("line", *line)
                .with("said", said),
            Damage::SignatureFormat(format) => signature("error-archive-signature-format")
                .with("format", format)
                .with("expected", ARCHIVE_FORMAT),
            Damage::SignatureLine(entry) => {
                signature("error-archive-signature-line").with("entry", entry)
            }
            Damage::SignatureNotCanonical => signature("error-archive-signature-not-canonical"),
            Damage::SignatureKey => signature("error-archive-signature-key"),
            Damage::SignatureEncoding => signature("error-archive-signature-encoding"),
            Damage::SignatureHalf => signature("error-archive-signature-half"),
        }
    }
}

impl Explain for Oversize {
    fn message(&self) -> Message {
        match self {
            Oversize::File { size, limit } => Message::new("error-archive-too-large-file")
                .with("size", *size)
                .with("limit", *limit),
            Oversize::Entries { limit } => {
                Message::new("error-archive-too-many-entries").with("limit", *limit)
            }
            Oversize::Entry { name, limit } => Message::new("error-archive-too-large-entry")
                .with("path", name)
                .with("limit", *limit),
            Oversize::Total { limit } => {
                Message::new("error-archive-too-large-total").with("limit", *limit)
            }
        }
    }
}

impl Explain for KeyReason {
    /// The reason as part of a sentence (see `error-archive-bad-key`).
    fn message(&self) -> Message {
        match self {
            KeyReason::NotText => Message::new("key-fault-not-text"),
            KeyReason::WrongFile { found, .. } => Message::new(match found {
                KeyFile::Secret => "key-fault-secret-not-public",
                KeyFile::Public => "key-fault-public-not-secret",
            }),
            KeyReason::NoHeader(wanted) => {
                Message::new("key-fault-no-header").with("header", wanted.header())
            }
            KeyReason::Missing => Message::new("key-fault-missing"),
            KeyReason::MoreThanOne => Message::new("key-fault-more-than-one"),
            KeyReason::NotBase64 => Message::new("key-fault-not-base64"),
            KeyReason::NotEd25519 => Message::new("key-fault-not-ed25519"),
        }
    }
}
