//! Key files: a policy office's [`SigningKey`] and the [`PublicKey`] that checks its
//! signatures, their text form, and [`write_key_pair`], which writes a new pair once and never
//! over an old one.
//!
//! This module makes, reads and writes keys; it does not sign or verify archives (see
//! [`super::signature`]) and does not decide which keys an office trusts.

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use ed25519_dalek::{Signature, Signer as _};

use super::error::{KeyFault, KeyReason};
use super::{ArchiveError, Result};

/// The file names [`write_key_pair`] writes.
pub const SECRET_KEY_FILE: &str = "pack-signing.key";
pub const PUBLIC_KEY_FILE: &str = "pack-signing.pub";
/// The first line of each key file: the product, what the file holds, and the format.
const SECRET_KEY_HEADER: &str = "navigator-pack-signing-key v1";
const PUBLIC_KEY_HEADER: &str = "navigator-pack-public-key v1";

/// The two kinds of key file, told apart by their first line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyFile {
    /// A [`SigningKey`], kept by the policy office.
    Secret,
    /// A [`PublicKey`], given to every office that imports packs.
    Public,
}

impl KeyFile {
    /// The first line of this kind of key file.
    pub fn header(self) -> &'static str {
        match self {
            KeyFile::Secret => SECRET_KEY_HEADER,
            KeyFile::Public => PUBLIC_KEY_HEADER,
        }
    }

    fn of_header(line: &str) -> Option<KeyFile> {
        [KeyFile::Secret, KeyFile::Public]
            .into_iter()
            .find(|k| k.header() == line)
    }
}

impl fmt::Display for KeyFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.header())
    }
}

/// A policy office's secret key. It never leaves the office's computer; its [`PublicKey`] goes
/// to every office that imports packs.
pub struct SigningKey(ed25519_dalek::SigningKey);

impl SigningKey {
    /// A new key from the operating system's secure random numbers.
    pub fn generate() -> Result<SigningKey> {
        let mut seed = [0u8; ed25519_dalek::SECRET_KEY_LENGTH];
        getrandom::fill(&mut seed).map_err(ArchiveError::Randomness)?;
        let key = SigningKey(ed25519_dalek::SigningKey::from_bytes(&seed));
        seed.fill(0);
        Ok(key)
    }

    pub fn public_key(&self) -> PublicKey {
        PublicKey(self.0.verifying_key().to_bytes())
    }

    /// The ed25519 signature of `message`.
    pub(super) fn sign(&self, message: &[u8]) -> Signature {
        self.0.sign(message)
    }

    /// The key file's text: the header line, then the 32-byte secret in base64.
    pub fn to_file_text(&self) -> String {
        format!(
            "{SECRET_KEY_HEADER}\n{}\n",
            BASE64.encode(self.0.to_bytes())
        )
    }

    pub fn from_file_text(text: &str) -> Result<SigningKey> {
        let bytes = key_bytes(text, KeyFile::Secret)?;
        Ok(SigningKey(ed25519_dalek::SigningKey::from_bytes(&bytes)))
    }

    pub fn read_file(path: &Path) -> Result<SigningKey> {
        Self::from_file_text(&read_key_file(path)?).map_err(|e| in_file(path, e))
    }
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never the secret: this may end up in a log.
        write!(f, "SigningKey(public {})", self.public_key())
    }
}

/// The key that checks a policy office's signature. Shown and written as base64.
///
/// Kept as its 32 bytes, which are checked to be a valid key when the value is made, so that
/// errors that carry a key stay small.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PublicKey([u8; 32]);

impl PublicKey {
    /// The key file's text: the header line, then the 32-byte key in base64.
    pub fn to_file_text(&self) -> String {
        format!("{PUBLIC_KEY_HEADER}\n{self}\n")
    }

    pub fn from_file_text(text: &str) -> Result<PublicKey> {
        Self::from_bytes(key_bytes(text, KeyFile::Public)?)
    }

    fn from_bytes(bytes: [u8; 32]) -> Result<PublicKey> {
        ed25519_dalek::VerifyingKey::from_bytes(&bytes)
            .map(|_| PublicKey(bytes))
            .map_err(|_| bad_key(KeyReason::NotEd25519))
    }

    pub(super) fn verifying_key(&self) -> Option<ed25519_dalek::VerifyingKey> {
        ed25519_dalek::VerifyingKey::from_bytes(&self.0).ok()
    }

    pub fn read_file(path: &Path) -> Result<PublicKey> {
        Self::from_file_text(&read_key_file(path)?).map_err(|e| in_file(path, e))
    }

    /// The key from its base64 text (as `Display` writes it and the settings list it).
    pub fn from_base64(text: &str) -> Result<PublicKey> {
        let bytes: [u8; 32] = BASE64
            .decode(text.trim())
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| bad_key(KeyReason::NotBase64))?;
        Self::from_bytes(bytes)
    }
}

impl fmt::Display for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&BASE64.encode(self.0))
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({self})")
    }
}

/// The 32 bytes of a key file of the kind `wanted`. Trailing white space and Windows line ends
/// are forgiven (the files are carried on USB sticks and opened in Notepad); anything else is
/// an error, never a guess.
fn key_bytes(text: &str, wanted: KeyFile) -> Result<[u8; 32]> {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    match lines.next().map(|first| (first, KeyFile::of_header(first))) {
        Some((_, Some(found))) if found == wanted => {}
        Some((_, Some(found))) => return Err(bad_key(KeyReason::WrongFile { found, wanted })),
        _ => return Err(bad_key(KeyReason::NoHeader(wanted))),
    }
    let body = lines.next().ok_or_else(|| bad_key(KeyReason::Missing))?;
    if lines.next().is_some() {
        return Err(bad_key(KeyReason::MoreThanOne));
    }
    BASE64
        .decode(body)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| bad_key(KeyReason::NotBase64))
}

fn bad_key(reason: KeyReason) -> ArchiveError {
    ArchiveError::BadKey(KeyFault::new(reason))
}

fn read_key_file(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| io_error(path, e))?;
    String::from_utf8(bytes).map_err(|_| in_file(path, bad_key(KeyReason::NotText)))
}

/// Names the file in a key error.
fn in_file(path: &Path, e: ArchiveError) -> ArchiveError {
    match e {
        ArchiveError::BadKey(fault) => ArchiveError::BadKey(KeyFault {
            file: Some(path.display().to_string()),
            ..fault
        }),
        other => other,
    }
}

fn io_error(path: &Path, source: std::io::Error) -> ArchiveError {
    ArchiveError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// Writes `dir/pack-signing.key` (readable by its owner only) and `dir/pack-signing.pub`,
/// creating `dir`. Refuses if either file exists: overwriting a secret key would orphan every
/// office that trusts the old one.
pub fn write_key_pair(dir: &Path, key: &SigningKey) -> Result<(PathBuf, PathBuf)> {
    let secret = dir.join(SECRET_KEY_FILE);
    let public = dir.join(PUBLIC_KEY_FILE);
    for path in [&secret, &public] {
        if path.exists() {
            return Err(ArchiveError::KeyExists(path.display().to_string()));
        }
    }
    std::fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
    write_new(&secret, key.to_file_text().as_bytes(), 0o600)?;
    if let Err(e) = write_new(&public, key.public_key().to_file_text().as_bytes(), 0o644) {
        // Half a pair is no use, and a secret key without its public half would be kept by
        // mistake.
        let _ = std::fs::remove_file(&secret);
        return Err(e);
    }
    Ok((secret, public))
}

/// Writes a file that must not exist yet, with `mode` on Unix from the moment it is created.
fn write_new(path: &Path, data: &[u8], mode: u32) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = mode;
    let mut file = options.open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => ArchiveError::KeyExists(path.display().to_string()),
        _ => io_error(path, e),
    })?;
    file.write_all(data)
        .and_then(|()| file.sync_all())
        .map_err(|e| io_error(path, e))
}
