//! The signature entry of an archive ([`SIGNATURE_FILE`]): the SHA-256 of every other entry
//! (`hex  path`, one a line, sorted) and an ed25519 signature over that list, written when an
//! archive is built and checked, against the trusted keys and then entry by entry, when it is
//! read.
//!
//! This module signs and verifies digest lists; it does not read or write the zip (see
//! [`super::zip`]) nor key files (see [`super::keys`]).

use std::collections::BTreeMap;

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use ed25519_dalek::Signature;
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use super::error::Damage;
use super::zip::check_name;
use super::{ArchiveError, PublicKey, Result, SigningKey, Trust};
use crate::pack::load::line_of;

/// The entry that holds the digest list and the signature. It is not a file of the pack, so a
/// pack may not have a file of this name.
pub const SIGNATURE_FILE: &str = "SIGNATURE.toml";
/// The format line of [`SIGNATURE_FILE`], and the first line of every signed message, so that a
/// signature over a pack archive can never be taken for a signature over anything else.
pub const ARCHIVE_FORMAT: &str = "navigator-pack-archive v1";

/// The text of [`SIGNATURE_FILE`] for `files`: their digests, signed by `signer` (or the
/// digest list alone, when `signer` is `None`).
pub(super) fn signature_text(
    files: &BTreeMap<String, Vec<u8>>,
    signer: Option<&SigningKey>,
) -> Result<String> {
    let digests: Vec<String> = files
        .iter()
        .map(|(path, data)| digest_line(&sha256_hex(data), path))
        .collect();
    let signature = RawSignature {
        format: ARCHIVE_FORMAT.to_owned(),
        key: signer.map(|k| k.public_key().to_string()),
        signature: signer.map(|k| BASE64.encode(k.sign(&signed_message(&digests)).to_bytes())),
        files: digests,
    };
    toml::to_string_pretty(&signature)
        .map_err(|e| ArchiveError::NotWritten(std::io::Error::other(e)))
}

/// Who signed the archive, if the signature is one `trust` accepts: a trusted key whose
/// signature over the digest list holds, or no signature at all where unsigned archives are
/// allowed.
pub(super) fn signer(
    signature: Option<&SignatureEntry>,
    trust: &Trust,
) -> Result<Option<PublicKey>> {
    Ok(match signature.and_then(|s| s.signed.as_ref()) {
        None if trust.allow_unsigned => None,
        None => return Err(ArchiveError::Unsigned),
        Some((key, sig)) => {
            if !trust.keys.contains(key) {
                return Err(ArchiveError::UntrustedKey(*key));
            }
            let digests = signature.map(|s| s.lines.as_slice()).unwrap_or_default();
            key.verifying_key()
                .and_then(|k| k.verify_strict(&signed_message(digests), sig).ok())
                .ok_or(ArchiveError::BadSignature)?;
            Some(*key)
        }
    })
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
pub(super) struct SignatureEntry {
    /// The digest lines exactly as signed.
    lines: Vec<String>,
    digests: BTreeMap<String, String>,
    signed: Option<(PublicKey, Signature)>,
}

impl SignatureEntry {
    pub(super) fn parse(bytes: &[u8]) -> Result<SignatureEntry> {
        let damaged = ArchiveError::Damaged;
        let text = std::str::from_utf8(bytes).map_err(|_| damaged(Damage::SignatureNotText))?;
        let raw: RawSignature = toml::from_str(text).map_err(|e| {
            damaged(Damage::SignatureSyntax {
                line: e.span().map_or(1, |s| line_of(text, s.start)),
                said: e.message().to_owned(),
            })
        })?;
        if raw.format != ARCHIVE_FORMAT {
            return Err(damaged(Damage::SignatureFormat(raw.format)));
        }
        let mut digests: BTreeMap<String, String> = BTreeMap::new();
        for line in &raw.files {
            let (digest, path) = line
                .split_once("  ")
                .filter(|(d, _)| d.len() == 64 && d.bytes().all(|b| b.is_ascii_hexdigit()))
                .ok_or_else(|| damaged(Damage::SignatureLine(line.clone())))?;
            check_name(path)?;
            // One way to write the list: sorted, each path once, lowercase hex.
            let in_order = digests
                .keys()
                .next_back()
                .is_none_or(|last| last.as_str() < path);
            if !in_order || digest != digest.to_ascii_lowercase() {
                return Err(damaged(Damage::SignatureNotCanonical));
            }
            digests.insert(path.to_owned(), digest.to_owned());
        }
        let signed = match (raw.key, raw.signature) {
            (None, None) => None,
            (Some(key), Some(sig)) => {
                let key =
                    PublicKey::from_base64(&key).map_err(|_| damaged(Damage::SignatureKey))?;
                let sig = BASE64
                    .decode(sig.trim())
                    .ok()
                    .and_then(|b| Signature::from_slice(&b).ok())
                    .ok_or_else(|| damaged(Damage::SignatureEncoding))?;
                Some((key, sig))
            }
            _ => return Err(damaged(Damage::SignatureHalf)),
        };
        Ok(SignatureEntry {
            lines: raw.files,
            digests,
            signed,
        })
    }

    /// Every entry is in the signed list with the digest it was signed with, and every file
    /// the list names is there.
    pub(super) fn check_files(&self, entries: &BTreeMap<String, Vec<u8>>) -> Result<()> {
        for (path, data) in entries {
            match self.digests.get(path) {
                None => return Err(ArchiveError::UnlistedFile(path.clone())),
                Some(digest) if *digest != sha256_hex(data) => {
                    return Err(ArchiveError::Tampered(path.clone()))
                }
                Some(_) => {}
            }
        }
        if let Some(path) = self.digests.keys().find(|p| !entries.contains_key(*p)) {
            return Err(ArchiveError::MissingFile(path.clone()));
        }
        Ok(())
    }
}

pub(super) fn sha256_hex(data: &[u8]) -> String {
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
