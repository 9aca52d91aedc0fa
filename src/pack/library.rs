//! The packs installed in a data directory: the active one, which the app uses instead of the
//! embedded default, and the one it replaced, kept for rollback.
//!
//! `packs/active.zip` and `packs/previous.zip` are pack archives exactly as imported. Every
//! read checks them again against the trusted keys of the day (a key withdrawn from the
//! settings withdraws its packs). Installing checks the archive fully before anything on disk
//! changes, writes it beside the active one and renames it into place, so a failed or
//! interrupted import leaves the active pack as it was.
//!
//! An install never goes back by mistake: a pack older than the one in use, or another
//! policy's pack, is refused unless staff ask for it ([`Downgrade::Allowed`]). A signed old
//! pack stays signed; only its version says it is old. Rollback is going back on purpose.

use std::path::{Path, PathBuf};

use super::archive::{self, Archive, ArchiveError, Trust};
use super::diff::{diff, PackDiff};
use super::PolicyPack;

const DIR: &str = "packs";
const ACTIVE: &str = "active.zip";
const PREVIOUS: &str = "previous.zip";

type Result<T> = std::result::Result<T, ArchiveError>;

fn io(path: &Path, source: std::io::Error) -> ArchiveError {
    ArchiveError::Io {
        path: path.display().to_string(),
        source,
    }
}

fn slot(data_dir: &Path, name: &str) -> PathBuf {
    data_dir.join(DIR).join(name)
}

/// Whether an install may go back to an older version of the pack in use, or replace it with
/// another policy's pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Downgrade {
    /// Refused: the pack offered must be the same policy, at the same version or a newer one.
    Refused,
    /// Staff asked for it explicitly (`--allow-downgrade`, or a second confirmation).
    Allowed,
}

impl Downgrade {
    /// Allowed when staff asked for it, refused otherwise.
    pub fn allowed_if(asked: bool) -> Downgrade {
        if asked {
            Downgrade::Allowed
        } else {
            Downgrade::Refused
        }
    }
}

/// A version's numbers (`2.10.0` → [2, 10, 0]); `None` if it is not numbers and dots.
fn numbers(version: &str) -> Option<Vec<u64>> {
    version.split('.').map(|n| n.parse().ok()).collect()
}

/// Refuses an install that would go back (see [`Downgrade`]). Versions that are not numbers
/// cannot be told apart in age, so a different one is refused too.
fn forward_only(current: &PolicyPack, offered: &PolicyPack) -> Result<()> {
    let (c, o) = (&current.manifest, &offered.manifest);
    let named = |m: &super::Manifest| format!("{} {}", m.id, m.version);
    if c.id != o.id {
        return Err(ArchiveError::OtherPack {
            in_use: named(c),
            offered: named(o),
        });
    }
    let newer_or_same = match (numbers(&o.version), numbers(&c.version)) {
        (Some(offered), Some(in_use)) => offered >= in_use,
        _ => o.version == c.version,
    };
    if newer_or_same {
        Ok(())
    } else {
        Err(ArchiveError::Older {
            in_use: named(c),
            offered: named(o),
        })
    }
}

/// The pack now active after an install or rollback, and what changed.
#[derive(Debug, Clone)]
pub struct Switched {
    pub pack: PolicyPack,
    pub diff: PackDiff,
}

/// Reads and checks the archive at `path`; `None` if there is no such file.
fn read_slot(path: &Path, trust: &Trust) -> Result<Option<Archive>> {
    match std::fs::read(path) {
        Ok(bytes) => archive::read(&bytes, trust).map(Some),
        // No file, or no directory for it (a data folder that cannot be one holds no pack).
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
            ) =>
        {
            Ok(None)
        }
        Err(e) => Err(io(path, e)),
    }
}

/// The installed pack, or `None` if none is installed (the embedded pack applies). An
/// installed pack that no longer passes the checks is an error: the caller falls back to the
/// embedded pack and says so.
pub fn active(data_dir: &Path, trust: &Trust) -> Result<Option<PolicyPack>> {
    Ok(read_slot(&slot(data_dir, ACTIVE), trust)?.map(|a| a.pack))
}

/// Whether a previous pack is kept, to roll back to.
pub fn has_previous(data_dir: &Path) -> bool {
    slot(data_dir, PREVIOUS).is_file()
}

/// Checks an archive and says what installing it would change against `current` (the pack in
/// use), without changing anything.
pub fn preview(bytes: &[u8], trust: &Trust, current: &PolicyPack) -> Result<PackDiff> {
    let archive = archive::read(bytes, trust)?;
    Ok(diff(current, &archive.pack))
}

/// Installs an archive as the active pack; the active one (if any) becomes the previous one.
/// Returns the new pack and what changed against `current` (the pack in use). Nothing changes
/// on disk unless the archive passes every check, including [`Downgrade`].
pub fn install(
    data_dir: &Path,
    bytes: &[u8],
    trust: &Trust,
    current: &PolicyPack,
    downgrade: Downgrade,
) -> Result<Switched> {
    let archive = archive::read(bytes, trust)?;
    if downgrade == Downgrade::Refused {
        forward_only(current, &archive.pack)?;
    }
    let dir = data_dir.join(DIR);
    crate::files::create_dir_all(&dir).map_err(|e| io(&dir, e))?;
    let part = dir.join(format!("{ACTIVE}.part"));
    {
        let mut file = crate::files::create(&part).map_err(|e| io(&part, e))?;
        std::io::Write::write_all(&mut file, bytes)
            .and_then(|()| file.sync_all())
            .map_err(|e| io(&part, e))?;
    }
    // The file as written must read back as the archive that was checked.
    let written = std::fs::read(&part).map_err(|e| io(&part, e))?;
    if written != bytes {
        let _ = std::fs::remove_file(&part);
        return Err(ArchiveError::CopyDiffers(part.display().to_string()));
    }
    let active = dir.join(ACTIVE);
    if active.is_file() {
        let previous = dir.join(PREVIOUS);
        std::fs::rename(&active, &previous).map_err(|e| io(&previous, e))?;
    }
    std::fs::rename(&part, &active).map_err(|e| io(&active, e))?;
    Ok(switched(current, archive.pack))
}

fn switched(current: &PolicyPack, pack: PolicyPack) -> Switched {
    Switched {
        diff: diff(current, &pack),
        pack,
    }
}

/// Makes the previous pack active again (and the active one previous), after checking it.
/// With no previous pack installed, goes back to the embedded pack: the active one is kept as
/// the previous. Returns the pack now in use and what changed against `current`.
pub fn rollback(
    data_dir: &Path,
    trust: &Trust,
    current: &PolicyPack,
    embedded: &PolicyPack,
) -> Result<Switched> {
    let dir = data_dir.join(DIR);
    let (active, previous) = (dir.join(ACTIVE), dir.join(PREVIOUS));
    let back_to = match read_slot(&previous, trust)? {
        Some(archive) => archive.pack,
        None => embedded.clone(),
    };
    let swap = dir.join("swap.zip");
    if previous.is_file() {
        std::fs::rename(&previous, &swap).map_err(|e| io(&swap, e))?;
        if active.is_file() {
            std::fs::rename(&active, &previous).map_err(|e| io(&previous, e))?;
        }
        std::fs::rename(&swap, &active).map_err(|e| io(&active, e))?;
    } else if active.is_file() {
        std::fs::rename(&active, &previous).map_err(|e| io(&previous, e))?;
    }
    Ok(switched(current, back_to))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_compare_by_their_numbers() {
        assert!(numbers("2.10.0") > numbers("2.9.9"));
        assert!(numbers("1.0") < numbers("1.0.1"));
        assert_eq!(numbers("1.0.0-beta"), None);
    }
}
