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

use super::{ArchiveError, Result};

/// The file names [`write_key_pair`] writes.
pub const SECRET_KEY_FILE: &str = "pack-signing.key";
pub const PUBLIC_KEY_FILE: &str = "pack-signing.pub";
/// The first line of each key file: the product, what the file holds, and the format.
const SECRET_KEY_HEADER: &str = "navigator-pack-signing-key v1";
const PUBLIC_KEY_HEADER: &str = "navigator-pack-public-key v1";

/// A policy office's secret key. It never leaves the office's computer; its [`PublicKey`] goes
/// to every office that imports packs.
pub struct SigningKey(ed25519_dalek::SigningKey);

impl SigningKey {
    /// A new key from the operating system's secure random numbers.
    pub fn generate() -> Result<SigningKey> {
        let mut seed = [0u8; ed25519_dalek::SECRET_KEY_LENGTH];
        getrandom::fill(&mut seed).map_err(|e| ArchiveError::Randomness(e.to_string()))?;
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
        let bytes = key_bytes(text, SECRET_KEY_HEADER)?;
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
        Self::from_bytes(key_bytes(text, PUBLIC_KEY_HEADER)?)
    }

    fn from_bytes(bytes: [u8; 32]) -> Result<PublicKey> {
        ed25519_dalek::VerifyingKey::from_bytes(&bytes)
            .map(|_| PublicKey(bytes))
            .map_err(|_| ArchiveError::BadKey("not a valid ed25519 public key".to_owned()))
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
            .ok_or_else(|| ArchiveError::BadKey("not 32 bytes of base64".to_owned()))?;
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

/// The 32 bytes of a key file whose first line is `header`. Trailing white space and Windows
/// line ends are forgiven (the files are carried on USB sticks and opened in Notepad); anything
/// else is an error, never a guess.
fn key_bytes(text: &str, header: &str) -> Result<[u8; 32]> {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    match lines.next() {
        Some(first) if first == header => {}
        Some(first) if first == SECRET_KEY_HEADER || first == PUBLIC_KEY_HEADER => {
            return Err(ArchiveError::BadKey(format!(
                "this is a `{first}` file, not a `{header}` file"
            )))
        }
        _ => {
            return Err(ArchiveError::BadKey(format!(
                "the first line must be `{header}`"
            )))
        }
    }
    let body = lines
        .next()
        .ok_or_else(|| ArchiveError::BadKey("the key is missing".to_owned()))?;
    if lines.next().is_some() {
        return Err(ArchiveError::BadKey("more than one key".to_owned()));
    }
    BASE64
        .decode(body)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| ArchiveError::BadKey("the key is not 32 bytes of base64".to_owned()))
}

fn read_key_file(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| io_error(path, &e))?;
    String::from_utf8(bytes).map_err(|_| in_file(path, ArchiveError::BadKey("not text".into())))
}

/// Names the file in a key error.
fn in_file(path: &Path, e: ArchiveError) -> ArchiveError {
    match e {
        ArchiveError::BadKey(detail) => {
            ArchiveError::BadKey(format!("{}: {detail}", path.display()))
        }
        other => other,
    }
}

fn io_error(path: &Path, e: &std::io::Error) -> ArchiveError {
    ArchiveError::Io {
        path: path.display().to_string(),
        message: e.to_string(),
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
    std::fs::create_dir_all(dir).map_err(|e| io_error(dir, &e))?;
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
        _ => io_error(path, &e),
    })?;
    file.write_all(data)
        .and_then(|()| file.sync_all())
        .map_err(|e| io_error(path, &e))
}
