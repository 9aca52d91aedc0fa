//! The zip container of an archive: writing the entries deterministically, and reading them
//! back within [`Limits`] (zip bombs), with every name checked (no absolute paths, no `..`, no
//! duplicates, no directories or links).
//!
//! This module trusts nothing and checks no signature (see [`super::signature`]); it only
//! turns bytes into named entries and back.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Cursor, Read, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

use super::error::{Damage, Oversize};
use super::{ArchiveError, Result};

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

/// The zip of `entries` in the order given, with fixed times and permissions.
pub(super) fn write<'a>(entries: impl Iterator<Item = (&'a str, &'a [u8])>) -> Result<Vec<u8>> {
    let fail = |e: std::io::Error| ArchiveError::NotWritten(e);
    // Fixed time and permissions: the bytes depend on the pack and the key only.
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data) in entries {
        zip.start_file(name, options).map_err(|e| fail(e.into()))?;
        zip.write_all(data).map_err(fail)?;
    }
    Ok(zip.finish().map_err(|e| fail(e.into()))?.into_inner())
}

/// Every entry of the zip by name, within the limits, with every name checked.
pub(super) fn unpack(bytes: &[u8], limits: &Limits) -> Result<BTreeMap<String, Vec<u8>>> {
    if bytes.len() as u64 > limits.archive_size {
        return Err(ArchiveError::TooLarge(Oversize::File {
            size: bytes.len() as u64,
            limit: limits.archive_size,
        }));
    }
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        ArchiveError::Damaged(Damage::NotZip {
            said: e.to_string(),
        })
    })?;
    if zip.len() > limits.entries {
        return Err(too_many(limits.entries));
    }
    // The zip reader keeps one entry per name, silently dropping duplicates, so the names are
    // counted in the central directory itself.
    let start = usize::try_from(zip.central_directory_start()).unwrap_or(usize::MAX);
    let listed = central_directory_names(bytes, start, limits.entries)?;
    if listed.len() != zip.len() {
        return Err(ArchiveError::Damaged(Damage::EntryCount {
            listed: listed.len(),
            found: zip.len(),
        }));
    }

    let mut entries = BTreeMap::new();
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let name = zip
            .name_for_index(i)
            .and_then(|n| n.ok())
            .map(std::borrow::Cow::into_owned)
            .unwrap_or_default();
        let mut file = zip.by_index(i).map_err(|e| {
            ArchiveError::Damaged(Damage::Entry {
                name: name.clone(),
                said: e.to_string(),
            })
        })?;
        let name = std::str::from_utf8(file.name_raw())
            .map_err(|_| ArchiveError::UnsafeEntry(name.clone()))?
            .to_owned();
        check_name(&name)?;
        if file.is_dir() || file.is_symlink() {
            return Err(ArchiveError::UnsafeEntry(name));
        }
        let too_large = |name: String| {
            ArchiveError::TooLarge(Oversize::Entry {
                name,
                limit: limits.entry_size,
            })
        };
        if file.size() > limits.entry_size {
            return Err(too_large(name));
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
            return Err(too_large(name));
        }
        total = total.saturating_add(size);
        if total > limits.total_size {
            return Err(ArchiveError::TooLarge(Oversize::Total {
                limit: limits.total_size,
            }));
        }
        if entries.insert(name.clone(), data).is_some() {
            return Err(ArchiveError::UnsafeEntry(name));
        }
    }
    Ok(entries)
}

fn too_many(limit: usize) -> ArchiveError {
    ArchiveError::TooLarge(Oversize::Entries { limit })
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
    let damaged = || ArchiveError::Damaged(Damage::DirectoryCut);
    let mut names = Vec::new();
    let mut seen = BTreeSet::new();
    let mut at = start;
    while bytes.get(at..at.saturating_add(4)) == Some(&HEADER[..]) {
        if names.len() >= max {
            return Err(too_many(max));
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
pub(super) fn check_name(name: &str) -> Result<()> {
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
