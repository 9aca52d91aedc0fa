//! The files the app keeps — the database, its backups, the settings, installed packs,
//! exports — are about people or guard access to them, so they are created for their owner
//! only, and a file that is replaced is replaced whole.
//!
//! On Unix, folders created here are `0700` and files `0600`, whatever the umask; elsewhere
//! (Windows) the user's own profile folder already keeps them from other users. A replaced file
//! is written beside itself, synced to the disk, renamed into place and its folder synced, so
//! that a power cut leaves the old file or the new one, never half of one.
//!
//! This module does not decide where files go or what they hold.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

/// Creates `dir` and any missing parents, each readable by its owner only. Folders that
/// already exist are left as they are (staff may have set them up on purpose).
pub fn create_dir_all(dir: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Options that create a file readable and writable by its owner only.
fn private() -> OpenOptions {
    // Only Unix sets a mode on it.
    #[cfg_attr(not(unix), allow(unused_mut))]
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
}

/// Creates `path` empty if it does not exist, for its owner only; an existing file is left
/// untouched. For a file another library then opens (SQLite gives the database's WAL and
/// shared-memory files the database file's own permissions).
pub fn create_if_missing(path: &Path) -> io::Result<()> {
    match private().write(true).create_new(true).open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

/// Creates (or empties) `path` for writing, for its owner only.
pub fn create(path: &Path) -> io::Result<File> {
    private().write(true).create(true).truncate(true).open(path)
}

/// Creates `path` for writing, for its owner only, only if nothing is there: a file or a link
/// already there is refused (`AlreadyExists`), never followed.
pub fn create_new(path: &Path) -> io::Result<File> {
    private().write(true).create_new(true).open(path)
}

/// `path` with `.part` added: where a file is written before it replaces `path`.
pub fn part_of(path: &Path) -> PathBuf {
    let mut part = path.as_os_str().to_owned();
    part.push(".part");
    PathBuf::from(part)
}

/// A part file of `path` that no other writer uses: `<path>.<process>-<n>.part`. Two programs
/// (the app and the CLI, say) replacing one file at once must not write into one part file:
/// the second would truncate the first's, and the first rename would move the mixture into
/// place.
fn own_part_of(path: &Path) -> PathBuf {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut part = path.as_os_str().to_owned();
    part.push(format!(".{}-{n}.part", std::process::id()));
    PathBuf::from(part)
}

/// Replaces `path` whole with what `write` writes: into a part file of its own beside it (owner only), synced,
/// renamed into place, and the folder synced so that the rename itself survives a power cut.
/// On any failure the part file is removed and `path` is as it was.
pub fn replace<E: From<io::Error>>(
    path: &Path,
    write: impl FnOnce(&File) -> Result<(), E>,
) -> Result<(), E> {
    let part = own_part_of(path);
    let file = create_new(&part)?;
    let written = write(&file)
        .and_then(|()| Ok(file.sync_all()?))
        .and_then(|()| Ok(std::fs::rename(&part, path)?));
    if written.is_err() {
        let _ = std::fs::remove_file(&part);
        return written;
    }
    sync_folder_of(path);
    Ok(())
}

/// Creates `path` with `bytes`, whole, only if there is no file there: written and synced
/// beside it, then linked into place — a link, unlike a rename, fails with `AlreadyExists`
/// when another program created the file meanwhile. The part file is removed either way.
pub fn create_new_with(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let part = own_part_of(path);
    let linked = (|| {
        let mut file = create_new(&part)?;
        io::Write::write_all(&mut file, bytes)?;
        file.sync_all()?;
        std::fs::hard_link(&part, path)
    })();
    let _ = std::fs::remove_file(&part);
    linked?;
    sync_folder_of(path);
    Ok(())
}

/// Replaces `path` whole with `bytes` (see [`replace`]).
pub fn replace_with(path: &Path, bytes: &[u8]) -> io::Result<()> {
    replace(path, |mut file: &File| {
        io::Write::write_all(&mut file, bytes)
    })
}

/// Syncs the folder that holds `path`, so that a rename or removal in it is on the disk.
/// Best effort: not every system can open a folder as a file (Windows cannot, and does not
/// need to).
pub fn sync_folder_of(path: &Path) {
    #[cfg(unix)]
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if let Ok(folder) = File::open(dir) {
            let _ = folder.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path)
            .expect("metadata")
            .permissions()
            .mode()
            & 0o777
    }

    #[test]
    fn folders_and_files_are_their_owners_only_whatever_was_asked_before() {
        let root = tempfile::tempdir().expect("temp dir");
        let dir = root.path().join("a/b");
        create_dir_all(&dir).expect("created");
        assert_eq!(mode(&root.path().join("a")), 0o700);
        assert_eq!(mode(&dir), 0o700);
        let file = dir.join("settings.toml");
        replace_with(&file, b"mode = \"kiosk\"\n").expect("written");
        assert_eq!(mode(&file), 0o600);
        assert_eq!(std::fs::read(&file).expect("read"), b"mode = \"kiosk\"\n");
        assert_eq!(names_in(&dir), ["settings.toml"], "no part file left");
        let db = dir.join("navigator.sqlite3");
        create_if_missing(&db).expect("created");
        assert_eq!(mode(&db), 0o600);
    }

    #[test]
    fn a_failed_replacement_leaves_the_file_as_it_was() {
        let root = tempfile::tempdir().expect("temp dir");
        let file = root.path().join("settings.toml");
        replace_with(&file, b"old").expect("written");
        let failed: io::Result<()> = replace(&file, |_| Err(io::Error::other("disk full")));
        assert!(failed.is_err());
        assert_eq!(std::fs::read(&file).expect("read"), b"old");
        assert_eq!(
            names_in(root.path()),
            ["settings.toml"],
            "no part file left"
        );
    }

    fn names_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("listed")
            .map(|e| {
                e.expect("an entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        names.sort();
        names
    }

    #[test]
    fn writers_replacing_one_file_at_once_leave_one_of_their_files_whole() {
        // Two programs (the app and the CLI) may save the settings at the same moment; with
        // one shared part file the second truncated the first's and a mixture was renamed
        // into place.
        let root = tempfile::tempdir().expect("temp dir");
        let file = root.path().join("settings.toml");
        let texts: Vec<Vec<u8>> = (0..8u8)
            .map(|i| vec![b'a' + i; 4096 * (usize::from(i) + 1)])
            .collect();
        for _ in 0..20 {
            std::thread::scope(|s| {
                for text in &texts {
                    let file = &file;
                    s.spawn(move || {
                        // A writer may lose the race; what it must not do is spoil the file.
                        let _ = replace_with(file, text);
                    });
                }
            });
            let now = std::fs::read(&file).expect("read");
            assert!(texts.contains(&now), "a mixture of {} bytes", now.len());
            assert_eq!(
                names_in(root.path()),
                ["settings.toml"],
                "no part file left"
            );
        }
    }
}
