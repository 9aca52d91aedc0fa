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
//! This module holds that order; the zip container and its limits are in `zip.rs`, the digest
//! list and its signature in `signature.rs`, key files in `keys.rs`, and the errors in
//! `error.rs`. It reads and writes bytes and key files; it does not decide where an imported
//! pack is kept (see [`super::library`]), nor which keys an office trusts: that is the caller's.

mod error;
mod keys;
mod signature;
mod zip;

use std::collections::BTreeMap;

pub use error::{ArchiveError, Damage, KeyFault, KeyReason, Oversize};
pub use keys::{write_key_pair, KeyFile, PublicKey, SigningKey, PUBLIC_KEY_FILE, SECRET_KEY_FILE};
pub use signature::{ARCHIVE_FORMAT, SIGNATURE_FILE};
pub use zip::Limits;

use super::PolicyPack;
use signature::SignatureEntry;

pub type Result<T> = std::result::Result<T, ArchiveError>;

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
        zip::check_name(name)?;
        if name == SIGNATURE_FILE {
            return Err(ArchiveError::UnsafeEntry(name.clone()));
        }
    }
    let signature = signature::signature_text(files, signer)?;
    let entries = std::iter::once((SIGNATURE_FILE, signature.as_bytes()))
        .chain(files.iter().map(|(p, d)| (p.as_str(), d.as_slice())));
    zip::write(entries)
}

/// Reads and checks an archive with the default [`Limits`].
pub fn read(bytes: &[u8], trust: &Trust) -> Result<Archive> {
    read_with_limits(bytes, trust, &Limits::default())
}

/// Reads and checks an archive: see the module documentation for what is checked, in order.
pub fn read_with_limits(bytes: &[u8], trust: &Trust, limits: &Limits) -> Result<Archive> {
    let mut entries = zip::unpack(bytes, limits)?;
    let signature = match entries.remove(SIGNATURE_FILE) {
        None => None,
        Some(text) => Some(SignatureEntry::parse(&text)?),
    };
    let signer = signature::signer(signature.as_ref(), trust)?;
    if let Some(signature) = &signature {
        signature.check_files(&entries)?;
    }

    let pack = PolicyPack::load(&entries)?;
    Ok(Archive {
        pack,
        files: entries,
        signer,
    })
}
