//! Pack archives: a policy pack as one signed zip file, for offices that have no network.
//!
//! A policy office builds the archive ([`build`]) from a pack directory and signs it with its
//! [`SigningKey`]; county offices carry it on a USB stick and read it ([`read`]) against the
//! [`PublicKey`]s they trust. The archive is a zip with the pack's files at their relative paths
//! and one more entry, [`SIGNATURE_FILE`]: the SHA-256 of every other entry (`hex  path`, one
//! a line, sorted) and an ed25519 signature over that list. Building is deterministic: sorted
//! entries, fixed timestamps and permissions, so the same pack and key give the same bytes.
//!
//! Reading trusts nothing in the file until it has been checked, in this order: the zip's size
//! and entry limits (zip bombs), every entry's name (no absolute paths, no `..`, no duplicates,
//! no directories or links), the signer (a trusted key, or no signature only if the caller
//! allows unsigned packs), the signature, every entry against the signed list, and finally the
//! whole pack through [`PolicyPack::load`], exactly as `navigator pack check` checks it.
//!
//! This module reads and writes bytes and key files; it does not decide where an imported pack
//! is kept, nor which keys an office trusts: that is the caller's.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use ed25519_dalek::{Signature, Signer as _};
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

use super::{PackError, PolicyPack};

/// The entry that holds the digest list and the signature. It is not a file of the pack, so a
/// pack may not have a file of this name.
pub const SIGNATURE_FILE: &str = "SIGNATURE.toml";
/// The format line of [`SIGNATURE_FILE`], and the first line of every signed message, so that a
/// signature over a pack archive can never be taken for a signature over anything else.
pub const ARCHIVE_FORMAT: &str = "navigator-pack-archive v1";
/// The file names [`write_key_pair`] writes.
pub const SECRET_KEY_FILE: &str = "pack-signing.key";
pub const PUBLIC_KEY_FILE: &str = "pack-signing.pub";
/// The first line of each key file: the product, what the file holds, and the format.
const SECRET_KEY_HEADER: &str = "navigator-pack-signing-key v1";
const PUBLIC_KEY_HEADER: &str = "navigator-pack-public-key v1";

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

pub type Result<T> = std::result::Result<T, ArchiveError>;

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

/// How much an archive may hold. A pack is text: the default pack is about 200 KB in 9 files,
/// so the defaults leave room for many more locales and a long source while refusing a zip
/// bomb before it fills the memory of an old office computer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The archive file itself, in bytes.
    pub archive_size: u64,
    /// Entries, the signature included.
    pub entries: usize,
    /// One entry, uncompressed, in bytes.
    pub entry_size: u64,
    /// All entries together, uncompressed, in bytes.
    pub total_size: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        const MIB: u64 = 1024 * 1024;
        Limits {
            archive_size: 32 * MIB,
            entries: 256,
            entry_size: 16 * MIB,
            total_size: 64 * MIB,
        }
    }
}

/// Whose archives to accept.
#[derive(Debug, Clone, Default)]
pub struct Trust {
    /// The public keys of the offices whose packs are accepted.
    pub keys: Vec<PublicKey>,
    /// Accept an archive with no signature at all. Off unless a person chose it explicitly:
    /// an unsigned pack can say anything in the policy office's name. An archive signed with a
    /// key not in `keys` is refused even so: a stranger's signature is worse than none.
    pub allow_unsigned: bool,
}

impl Trust {
    /// Accept archives signed by any of these keys, and nothing else.
    pub fn keys(keys: Vec<PublicKey>) -> Trust {
        Trust {
            keys,
            allow_unsigned: false,
        }
    }
}

/// An archive that passed every check: the pack, its files (to keep, e.g. in the store, and
/// load again later with [`PolicyPack::load`]) and who signed it.
#[derive(Debug, Clone)]
pub struct Archive {
    pub pack: PolicyPack,
    /// The pack's files by relative path, without [`SIGNATURE_FILE`].
    pub files: BTreeMap<String, Vec<u8>>,
    /// The key that signed it; `None` only when the caller allowed unsigned packs.
    pub signer: Option<PublicKey>,
}

/// Checks the pack in `files` fully and writes it as an archive, signed by `signer` (or
/// unsigned, with the digest list alone, when `signer` is `None`). An invalid pack is refused
/// with [`ArchiveError::InvalidPack`] and every problem.
pub fn build(
    files: &BTreeMap<String, Vec<u8>>,
    signer: Option<&SigningKey>,
) -> Result<(PolicyPack, Vec<u8>)> {
    let pack = PolicyPack::load(files)?;
    Ok((pack, write_files(files, signer)?))
}

/// Writes `files` as an archive without checking that they make a valid pack. [`build`] is what
/// a policy office uses; this exists for tools and tests that need a broken pack on purpose
/// (the reader checks the pack anyway). The names are checked as the reader checks them.
pub fn write_files(
    files: &BTreeMap<String, Vec<u8>>,
    signer: Option<&SigningKey>,
) -> Result<Vec<u8>> {
    for name in files.keys() {
        check_name(name)?;
        if name == SIGNATURE_FILE {
            return Err(ArchiveError::UnsafeEntry(name.clone()));
        }
    }
    let digests: Vec<String> = files
        .iter()
        .map(|(path, data)| digest_line(&sha256_hex(data), path))
        .collect();
    let signature = RawSignature {
        format: ARCHIVE_FORMAT.to_owned(),
        key: signer.map(|k| k.public_key().to_string()),
        signature: signer.map(|k| BASE64.encode(k.0.sign(&signed_message(&digests)).to_bytes())),
        files: digests,
    };
    let signature = toml::to_string_pretty(&signature)
        .map_err(|e| ArchiveError::Damaged(format!("{SIGNATURE_FILE}: {e}")))?;

    let fail = |e: String| ArchiveError::Io {
        path: "archive".to_owned(),
        message: e,
    };
    // Fixed time and permissions: the bytes depend on the pack and the key only.
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let entries = std::iter::once((SIGNATURE_FILE, signature.as_bytes()))
        .chain(files.iter().map(|(p, d)| (p.as_str(), d.as_slice())));
    for (name, data) in entries {
        zip.start_file(name, options)
            .map_err(|e| fail(e.to_string()))?;
        zip.write_all(data).map_err(|e| fail(e.to_string()))?;
    }
    Ok(zip.finish().map_err(|e| fail(e.to_string()))?.into_inner())
}

/// Reads and checks an archive with the default [`Limits`].
pub fn read(bytes: &[u8], trust: &Trust) -> Result<Archive> {
    read_with_limits(bytes, trust, &Limits::default())
}

/// Reads and checks an archive: see the module documentation for what is checked, in order.
pub fn read_with_limits(bytes: &[u8], trust: &Trust, limits: &Limits) -> Result<Archive> {
    if bytes.len() as u64 > limits.archive_size {
        return Err(ArchiveError::TooLarge(format!(
            "the file has {} bytes",
            bytes.len()
        )));
    }
    let mut entries = unpack(bytes, limits)?;
    let signature = match entries.remove(SIGNATURE_FILE) {
        None => None,
        Some(text) => Some(SignatureEntry::parse(&text)?),
    };

    let signer = match signature.as_ref().and_then(|s| s.signed.as_ref()) {
        None if trust.allow_unsigned => None,
        None => return Err(ArchiveError::Unsigned),
        Some((key, sig)) => {
            if !trust.keys.contains(key) {
                return Err(ArchiveError::UntrustedKey(*key));
            }
            let digests = signature
                .as_ref()
                .map(|s| s.lines.as_slice())
                .unwrap_or_default();
            key.verifying_key()
                .and_then(|k| k.verify_strict(&signed_message(digests), sig).ok())
                .ok_or(ArchiveError::BadSignature)?;
            Some(*key)
        }
    };

    if let Some(signature) = &signature {
        for (path, data) in &entries {
            match signature.digests.get(path) {
                None => return Err(ArchiveError::UnlistedFile(path.clone())),
                Some(digest) if *digest != sha256_hex(data) => {
                    return Err(ArchiveError::Tampered(path.clone()))
                }
                Some(_) => {}
            }
        }
        if let Some(path) = signature.digests.keys().find(|p| !entries.contains_key(*p)) {
            return Err(ArchiveError::MissingFile(path.clone()));
        }
    }

    let pack = PolicyPack::load(&entries)?;
    Ok(Archive {
        pack,
        files: entries,
        signer,
    })
}

/// Every entry of the zip by name, within the limits, with every name checked.
fn unpack(bytes: &[u8], limits: &Limits) -> Result<BTreeMap<String, Vec<u8>>> {
    let mut zip =
        ZipArchive::new(Cursor::new(bytes)).map_err(|e| ArchiveError::Damaged(e.to_string()))?;
    if zip.len() > limits.entries {
        return Err(ArchiveError::TooLarge(format!("{} entries", zip.len())));
    }
    // The zip reader keeps one entry per name, silently dropping duplicates, so the names are
    // counted in the central directory itself.
    let start = usize::try_from(zip.central_directory_start()).unwrap_or(usize::MAX);
    let listed = central_directory_names(bytes, start, limits.entries)?;
    if listed.len() != zip.len() {
        return Err(ArchiveError::Damaged(format!(
            "the central directory lists {} entries, the zip reader found {}",
            listed.len(),
            zip.len()
        )));
    }

    let mut entries = BTreeMap::new();
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let name = zip.name_for_index(i).unwrap_or_default().to_owned();
        let mut file = zip
            .by_index(i)
            .map_err(|e| ArchiveError::Damaged(format!("{name}: {e}")))?;
        let name = std::str::from_utf8(file.name_raw())
            .map_err(|_| ArchiveError::UnsafeEntry(name.clone()))?
            .to_owned();
        check_name(&name)?;
        if file.is_dir() || file.is_symlink() {
            return Err(ArchiveError::UnsafeEntry(name));
        }
        if file.size() > limits.entry_size {
            return Err(ArchiveError::TooLarge(format!(
                "{name}: {} bytes",
                file.size()
            )));
        }
        // The sizes in the headers are the archive's word only: read no more than the limit.
        let mut data = Vec::new();
        (&mut file)
            .take(limits.entry_size.saturating_add(1))
            .read_to_end(&mut data)
            // The zip is intact but this entry's data does not decompress to what its checksum
            // says: its content was changed.
            .map_err(|_| ArchiveError::Tampered(name.clone()))?;
        let size = data.len() as u64;
        if size > limits.entry_size {
            return Err(ArchiveError::TooLarge(format!("{name}: over {size} bytes")));
        }
        total = total.saturating_add(size);
        if total > limits.total_size {
            return Err(ArchiveError::TooLarge(format!("over {total} bytes in all")));
        }
        if entries.insert(name.clone(), data).is_some() {
            return Err(ArchiveError::UnsafeEntry(name));
        }
    }
    Ok(entries)
}

/// The names in the zip's central directory, refusing a name that occurs twice.
fn central_directory_names(bytes: &[u8], start: usize, max: usize) -> Result<Vec<String>> {
    const HEADER: [u8; 4] = [0x50, 0x4b, 0x01, 0x02];
    const FIXED: usize = 46;
    let u16_at = |at: usize| {
        bytes
            .get(at..at + 2)
            .map(|b| usize::from(u16::from_le_bytes([b[0], b[1]])))
    };
    let damaged = || ArchiveError::Damaged("the central directory is cut short".to_owned());
    let mut names = Vec::new();
    let mut seen = BTreeSet::new();
    let mut at = start;
    while bytes.get(at..at.saturating_add(4)) == Some(&HEADER[..]) {
        if names.len() >= max {
            return Err(ArchiveError::TooLarge(format!("over {max} entries")));
        }
        let name_len = u16_at(at + 28).ok_or_else(damaged)?;
        let extra_len = u16_at(at + 30).ok_or_else(damaged)?;
        let comment_len = u16_at(at + 32).ok_or_else(damaged)?;
        let name = bytes
            .get(at + FIXED..at + FIXED + name_len)
            .ok_or_else(damaged)?;
        let name = String::from_utf8_lossy(name).into_owned();
        if !seen.insert(name.clone()) {
            return Err(ArchiveError::UnsafeEntry(name));
        }
        names.push(name);
        at += FIXED + name_len + extra_len + comment_len;
    }
    Ok(names)
}

/// A name is a relative path with `/` separators, made of ordinary components: nothing that a
/// careless extraction could turn into a path outside the pack.
fn check_name(name: &str) -> Result<()> {
    let bad = name.is_empty()
        || name.starts_with('/')
        || name.contains(['\\', ':'])
        || name.chars().any(char::is_control)
        || name
            .split('/')
            .any(|part| part.is_empty() || part == "." || part == "..");
    if bad {
        return Err(ArchiveError::UnsafeEntry(name.to_owned()));
    }
    Ok(())
}

/// [`SIGNATURE_FILE`] as written.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSignature {
    format: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    signature: Option<String>,
    /// `sha256-hex  path`, sorted by path.
    files: Vec<String>,
}

/// [`SIGNATURE_FILE`] as read and checked for form (not yet for trust).
#[derive(Debug)]
struct SignatureEntry {
    /// The digest lines exactly as signed.
    lines: Vec<String>,
    digests: BTreeMap<String, String>,
    signed: Option<(PublicKey, Signature)>,
}

impl SignatureEntry {
    fn parse(bytes: &[u8]) -> Result<SignatureEntry> {
        let damaged = |what: &str| ArchiveError::Damaged(format!("{SIGNATURE_FILE}: {what}"));
        let text = std::str::from_utf8(bytes).map_err(|_| damaged("not UTF-8"))?;
        let raw: RawSignature = toml::from_str(text).map_err(|e| damaged(e.message()))?;
        if raw.format != ARCHIVE_FORMAT {
            return Err(damaged(&format!("unknown format `{}`", raw.format)));
        }
        let mut digests: BTreeMap<String, String> = BTreeMap::new();
        for line in &raw.files {
            let (digest, path) = line
                .split_once("  ")
                .filter(|(d, _)| d.len() == 64 && d.bytes().all(|b| b.is_ascii_hexdigit()))
                .ok_or_else(|| damaged(&format!("bad line `{line}`")))?;
            check_name(path)?;
            // One way to write the list: sorted, each path once, lowercase hex.
            let in_order = digests
                .keys()
                .next_back()
                .is_none_or(|last| last.as_str() < path);
            if !in_order || digest != digest.to_ascii_lowercase() {
                return Err(damaged("the file list is not in canonical form"));
            }
            digests.insert(path.to_owned(), digest.to_owned());
        }
        let signed = match (raw.key, raw.signature) {
            (None, None) => None,
            (Some(key), Some(sig)) => {
                let key = PublicKey::from_base64(&key).map_err(|_| damaged("bad key"))?;
                let sig = BASE64
                    .decode(sig.trim())
                    .ok()
                    .and_then(|b| Signature::from_slice(&b).ok())
                    .ok_or_else(|| damaged("bad signature encoding"))?;
                Some((key, sig))
            }
            _ => return Err(damaged("a key without a signature, or the reverse")),
        };
        Ok(SignatureEntry {
            lines: raw.files,
            digests,
            signed,
        })
    }
}

fn sha256_hex(data: &[u8]) -> String {
    Sha256::digest(data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn digest_line(digest: &str, path: &str) -> String {
    format!("{digest}  {path}")
}

/// What is signed: the format line, then each digest line, each ending in a newline.
fn signed_message(lines: &[String]) -> Vec<u8> {
    let mut message = format!("{ARCHIVE_FORMAT}\n");
    for line in lines {
        message.push_str(line);
        message.push('\n');
    }
    message.into_bytes()
}

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

    fn verifying_key(&self) -> Option<ed25519_dalek::VerifyingKey> {
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
