//! Writing `settings.toml`: whole ([`Settings::save`]), once on a fresh installation
//! ([`Settings::create_new`]), or a few settings at a time keeping everything else staff wrote —
//! comments, order, spacing ([`Settings::edit`], [`Settings::store_pin`]).
//!
//! Every write goes through [`crate::files`]: the file is its owner's only (it holds the PIN's
//! hash), written beside itself, synced and then moved into place, so a power cut leaves the
//! old file or the new one. Nothing is written that does not read back as valid settings. And
//! every write holds `settings.lock` from reading to renaming: the app's setup and the CLI's
//! `set-pin` at the same moment take turns, and neither loses what the other wrote.
//! Which values are right for an installation (a county of the pack, a PIN's length for its
//! mode) is the caller's to check: this module knows the file, not the policy.

use std::path::Path;

use super::error::{FileLine, SettingsError};
use super::{Settings, FILE_NAME};

/// The lock file writers of `settings.toml` take turns on, beside it.
pub const LOCK_FILE: &str = "settings.lock";

/// How long a writer waits for another to finish.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// Held while the settings file is read, changed and written. It is SQLite's own file lock
/// (an exclusive transaction on an empty database), as the one-instance lock is: it works on
/// Linux and Windows alike and the system lets it go when a process ends, however it ends.
struct TurnLock {
    _conn: rusqlite::Connection,
}

impl TurnLock {
    fn take(data_dir: &Path) -> Result<TurnLock, SettingsError> {
        let settings = data_dir.join(FILE_NAME);
        let failed = |e: std::io::Error| write_error(&settings, e);
        let sqlite = |e: rusqlite::Error| write_error(&settings, std::io::Error::other(e));
        crate::files::create_dir_all(data_dir).map_err(failed)?;
        let path = data_dir.join(LOCK_FILE);
        crate::files::create_if_missing(&path).map_err(failed)?;
        let conn = rusqlite::Connection::open(&path).map_err(sqlite)?;
        conn.busy_timeout(LOCK_WAIT).map_err(sqlite)?;
        conn.execute_batch("BEGIN EXCLUSIVE").map_err(sqlite)?;
        Ok(TurnLock { _conn: conn })
    }
}

impl Settings {
    /// Saves the settings to `settings.toml` in `data_dir`, replacing the file whole.
    pub fn save(&self, data_dir: &Path) -> Result<(), SettingsError> {
        let path = data_dir.join(FILE_NAME);
        let text = self.to_text(&path)?;
        let _turn = TurnLock::take(data_dir)?;
        crate::files::create_dir_all(data_dir).map_err(|e| write_error(&path, e))?;
        crate::files::replace_with(&path, text.as_bytes()).map_err(|e| write_error(&path, e))
    }

    /// Writes the first `settings.toml` of a fresh installation. Refused with
    /// [`SettingsError::AlreadyThere`] if a settings file exists, even one written a moment
    /// ago by another program: the new file is written beside it and linked into place, which
    /// fails rather than replaces.
    pub fn create_new(&self, data_dir: &Path) -> Result<(), SettingsError> {
        let path = data_dir.join(FILE_NAME);
        let text = self.to_text(&path)?;
        let write = |e| write_error(&path, e);
        let _turn = TurnLock::take(data_dir)?;
        match crate::files::create_new_with(&path, text.as_bytes()) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                Err(SettingsError::AlreadyThere {
                    path: path.display().to_string(),
                })
            }
            Err(e) => Err(write(e)),
        }
    }

    /// Changes some settings in `settings.toml` and nothing else in the file: `change` edits
    /// the parsed document. The file must hold valid settings (a damaged one is left for staff
    /// to correct), and so must the result; a missing file starts empty.
    pub fn edit(
        data_dir: &Path,
        change: impl FnOnce(&mut toml_edit::DocumentMut),
    ) -> Result<(), SettingsError> {
        let path = data_dir.join(FILE_NAME);
        let _turn = TurnLock::take(data_dir)?;
        // Valid as it stands (or absent: the defaults).
        Settings::load(data_dir, |_| None)?;
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(source) => {
                return Err(SettingsError::Read {
                    path: path.display().to_string(),
                    source,
                })
            }
        };
        let mut doc: toml_edit::DocumentMut =
            text.parse()
                .map_err(|e: toml_edit::TomlError| SettingsError::Parse {
                    path: path.display().to_string(),
                    line: e.span().and_then(|span| FileLine::at(&text, span.start)),
                    message: e.message().to_owned(),
                })?;
        change(&mut doc);
        let mut text = doc.to_string();
        if !text.ends_with('\n') {
            text.push('\n');
        }
        Settings::from_toml(&text, &path)?.validate()?;
        crate::files::create_dir_all(data_dir).map_err(|e| write_error(&path, e))?;
        crate::files::replace_with(&path, text.as_bytes()).map_err(|e| write_error(&path, e))
    }

    /// Sets the staff PIN hash in `settings.toml` and changes nothing else in the file (see
    /// [`Settings::edit`]).
    pub fn store_pin(data_dir: &Path, hash: &str) -> Result<(), SettingsError> {
        Settings::edit(data_dir, |doc| doc["staff_pin"] = toml_edit::value(hash))
    }

    /// The file's text for these settings, once they are checked.
    fn to_text(&self, path: &Path) -> Result<String, SettingsError> {
        self.validate()?;
        // Valid settings always serialize; should that ever fail, it is said as a write error.
        toml::to_string(self).map_err(|e| write_error(path, std::io::Error::other(e)))
    }
}

fn write_error(path: &Path, source: std::io::Error) -> SettingsError {
    SettingsError::Write {
        path: path.display().to_string(),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Mode;

    #[test]
    fn the_first_settings_are_written_once_and_never_over_a_file_already_there() {
        let dir = tempfile::tempdir().expect("temp dir");
        let office = Settings {
            mode: Mode::Office,
            county: Some("pinglu".into()),
            ..Settings::default()
        };
        office.create_new(dir.path()).expect("fresh");
        let read = Settings::load(dir.path(), |_| None).expect("valid");
        assert_eq!(read.mode, Mode::Office);
        assert_eq!(read.county.as_deref(), Some("pinglu"));
        let kiosk = Settings {
            mode: Mode::Kiosk,
            ..Settings::default()
        };
        match kiosk.create_new(dir.path()) {
            Err(SettingsError::AlreadyThere { .. }) => {}
            other => panic!("{other:?}"),
        }
        let read = Settings::load(dir.path(), |_| None).expect("valid");
        assert_eq!(read.mode, Mode::Office, "the file already there stays");
        let mut left: Vec<_> = std::fs::read_dir(dir.path())
            .expect("listed")
            .filter_map(|e| e.ok().map(|e| e.file_name()))
            .collect();
        left.sort();
        assert_eq!(
            left,
            vec![
                std::ffi::OsString::from(LOCK_FILE),
                std::ffi::OsString::from(FILE_NAME)
            ],
            "no part file"
        );
    }

    #[test]
    fn an_edit_keeps_what_staff_wrote_and_refuses_a_result_that_is_not_valid() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "# 平鲁区政务大厅\nmode = \"office\"\n").expect("written");
        Settings::edit(dir.path(), |doc| {
            doc["county"] = toml_edit::value("pinglu");
        })
        .expect("valid");
        let text = std::fs::read_to_string(&path).expect("read");
        assert!(
            text.starts_with("# 平鲁区政务大厅\nmode = \"office\"\n"),
            "{text}"
        );
        assert!(text.contains("county = \"pinglu\""), "{text}");
        let e = Settings::edit(dir.path(), |doc| {
            doc["county"] = toml_edit::value("平鲁");
        })
        .expect_err("not a key");
        assert!(matches!(e, SettingsError::BadValue { ref setting, .. } if setting == "county"));
        assert_eq!(
            std::fs::read_to_string(&path).expect("read"),
            text,
            "unchanged"
        );
    }

    #[test]
    fn writers_at_the_same_moment_take_turns_and_none_loses_what_another_wrote() {
        // The app's setup and `navigator set-pin` (or two windows) editing at once: each
        // read the file, changed its key and renamed its copy into place, so the last rename
        // threw away what the others had written.
        let edits: [(&str, toml_edit::Item); 6] = [
            ("county", toml_edit::value("pinglu")),
            ("idle_seconds", toml_edit::value(120)),
            ("idle_countdown_seconds", toml_edit::value(20)),
            ("results_idle_seconds", toml_edit::value(240)),
            ("retention_days", toml_edit::value(90)),
            ("allow_unsigned_packs", toml_edit::value(true)),
        ];
        for round in 0..10 {
            let dir = tempfile::tempdir().expect("temp dir");
            std::thread::scope(|s| {
                for (key, value) in &edits {
                    let dir = dir.path();
                    s.spawn(move || {
                        Settings::edit(dir, |doc| doc[*key] = value.clone()).expect("edited")
                    });
                }
            });
            let read = Settings::load(dir.path(), |_| None).expect("valid");
            assert_eq!(read.county.as_deref(), Some("pinglu"), "round {round}");
            assert_eq!(
                (
                    read.idle_seconds,
                    read.idle_countdown_seconds,
                    read.results_idle_seconds,
                    read.retention_days,
                    read.allow_unsigned_packs
                ),
                (120, 20, 240, 90, true),
                "round {round}"
            );
        }
    }
}
