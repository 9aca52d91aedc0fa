//! Reading the settings key by key, so that one bad value costs only itself — and never makes
//! a kiosk less locked down.
//!
//! `settings.toml` and the environment are read setting by setting: every setting that can be
//! read keeps its value, one that cannot falls back (to the file's value under a bad
//! environment variable, else to its default), and each problem is reported. The one setting
//! that does not fall back to its default is the mode, because the default is the least locked
//! down: **a mode that cannot be read means a kiosk**. That is the case when `mode` or
//! `NAVIGATOR_MODE` holds something that is not a mode, and when the file cannot be read whole
//! (unreadable, not text, not TOML, or naming a setting there is not — a misspelt `mode`
//! perhaps) and names no valid mode in a line that can be read. A valid `NAVIGATOR_MODE` still
//! decides, as deployment scripts expect.
//!
//! [`Settings::read`] is what the app starts with; [`Settings::load`] and
//! [`Settings::from_toml`] are the strict forms for staff actions that must not run on a
//! fallback (a retention period, say): the first problem is their error.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::error::{Expected, FileLine, SettingsError, Unit};
use super::{Mode, Settings, COUNTDOWN_SECONDS, FILE_NAME, IDLE_SECONDS, RETENTION};
use crate::pack::archive::PublicKey;

/// Every setting a file may hold.
pub const KEYS: [&str; 13] = [
    "mode",
    "idle_seconds",
    "idle_countdown_seconds",
    "results_idle_seconds",
    "staff_pin",
    "trusted_keys",
    "allow_unsigned_packs",
    "retention_days",
    "export_dir",
    "pack_import_dirs",
    "county",
    "read_aloud",
    "printer",
];

/// What reading the settings found: the settings to run with, every problem, and which
/// settings stand at a fallback.
#[derive(Debug)]
pub struct Reading {
    pub settings: Settings,
    pub problems: Vec<SettingsError>,
    /// The settings whose value could not be read (keys as in [`KEYS`]).
    pub fell_back: BTreeSet<&'static str>,
}

impl Reading {
    /// Whether `setting` could not be read and stands at a fallback.
    pub fn fell_back(&self, setting: &str) -> bool {
        self.fell_back.contains(setting)
    }

    /// Whether the mode could not be read, so the installation runs locked down as a kiosk.
    pub fn locked_down(&self) -> bool {
        self.fell_back("mode")
    }

    /// The settings, or the first problem: for what must not run on a fallback.
    pub fn strict(self) -> Result<Settings, SettingsError> {
        match self.problems.into_iter().next() {
            Some(problem) => Err(problem),
            None => Ok(self.settings),
        }
    }
}

/// The reading in progress.
struct Reader {
    reading: Reading,
    /// The mode was given validly (in the file or the environment).
    mode_read: bool,
    /// The mode was given and is not a mode.
    mode_bad: bool,
    /// The file could not be read whole: a setting it meant may be missing.
    doubtful: bool,
}

impl Reader {
    fn new() -> Reader {
        Reader {
            reading: Reading {
                settings: Settings::default(),
                problems: Vec::new(),
                fell_back: BTreeSet::new(),
            },
            mode_read: false,
            mode_bad: false,
            doubtful: false,
        }
    }

    fn problem(&mut self, key: Option<&'static str>, e: SettingsError) {
        if let Some(key) = key {
            self.reading.fell_back.insert(key);
            if key == "mode" {
                self.mode_bad = true;
            }
        }
        self.reading.problems.push(e);
    }

    /// The file cannot be read whole: every setting not read from it may be wrong.
    fn doubt(&mut self, e: SettingsError) {
        self.doubtful = true;
        self.reading.problems.push(e);
    }

    /// Reads the settings file's text. `path` only names the file in errors.
    fn file(&mut self, text: &str, path: &Path) {
        match text.parse::<toml::Table>() {
            Ok(table) => {
                for (key, value) in table {
                    self.setting(&key, &value, text, path);
                }
            }
            Err(e) => {
                self.doubt(SettingsError::Parse {
                    path: path.display().to_string(),
                    line: e.span().and_then(|span| FileLine::at(text, span.start)),
                    message: e.message().to_owned(),
                });
                // Whatever can be read line by line is kept: one broken line must not cost a
                // kiosk its mode or its PIN.
                let mut seen = BTreeSet::new();
                for line in text.lines() {
                    let Ok(table) = line.parse::<toml::Table>() else {
                        continue;
                    };
                    for (key, value) in table {
                        if KEYS.contains(&key.as_str()) && seen.insert(key.clone()) {
                            self.setting(&key, &value, text, path);
                        }
                    }
                }
                for key in KEYS {
                    if !seen.contains(key) {
                        self.reading.fell_back.insert(key);
                    }
                }
            }
        }
    }

    /// One `key = value` of the file.
    fn setting(&mut self, key: &str, value: &toml::Value, text: &str, path: &Path) {
        let Some(&key) = KEYS.iter().find(|k| **k == key) else {
            let line = line_of_key(text, key);
            self.doubt(SettingsError::Parse {
                path: path.display().to_string(),
                line,
                message: format!("unknown setting `{key}`"),
            });
            return;
        };
        if let Err(e) = self.apply(key, value) {
            self.problem(Some(key), e);
        }
    }

    /// Sets one setting from a TOML value, or says why not (and changes nothing).
    fn apply(&mut self, key: &'static str, value: &toml::Value) -> Result<(), SettingsError> {
        let s = &mut self.reading.settings;
        let bad = |expected: Expected| SettingsError::BadValue {
            setting: key.into(),
            value: shown(value),
            expected,
        };
        match key {
            "mode" => {
                let text = value
                    .as_str()
                    .ok_or_else(|| bad(Expected::OneOf(super::MODE_KEYS)))?;
                s.mode = text.parse()?;
                self.mode_read = true;
                self.mode_bad = false;
            }
            "idle_seconds" => s.idle_seconds = number(key, value, IDLE_SECONDS, Unit::Seconds)?,
            "idle_countdown_seconds" => {
                s.idle_countdown_seconds = number(key, value, COUNTDOWN_SECONDS, Unit::Seconds)?
            }
            "results_idle_seconds" => {
                s.results_idle_seconds = number(key, value, IDLE_SECONDS, Unit::Seconds)?
            }
            "retention_days" => s.retention_days = number(key, value, RETENTION, Unit::Days)?,
            "staff_pin" => {
                let hash = value.as_str().ok_or_else(|| bad(Expected::PinHash))?;
                crate::pin::check_hash(hash).map_err(|_| bad(Expected::PinHash))?;
                s.staff_pin = Some(hash.to_owned());
            }
            "trusted_keys" => {
                let keys = strings(value).ok_or_else(|| bad(Expected::PublicKey))?;
                // The keys that are keys are trusted; one that is not is reported (trusting
                // fewer keys is the safe side).
                let (good, wrong): (Vec<String>, Vec<String>) = keys
                    .into_iter()
                    .partition(|k| PublicKey::from_base64(k).is_ok());
                s.trusted_keys = good;
                if let Some(k) = wrong.into_iter().next() {
                    return Err(SettingsError::BadValue {
                        setting: key.into(),
                        value: k,
                        expected: Expected::PublicKey,
                    });
                }
            }
            "allow_unsigned_packs" => {
                s.allow_unsigned_packs =
                    value.as_bool().ok_or_else(|| bad(Expected::TrueOrFalse))?
            }
            // A value that cannot be read leaves reading aloud off: nobody hears a screen that
            // the settings did not clearly ask to be spoken.
            "read_aloud" => {
                s.read_aloud = value.as_bool().ok_or_else(|| bad(Expected::TrueOrFalse))?
            }
            "export_dir" => {
                let dir = value.as_str().ok_or_else(|| bad(Expected::AbsolutePath))?;
                s.export_dir = Some(absolute(key, dir)?);
            }
            "pack_import_dirs" => {
                let dirs = strings(value).ok_or_else(|| bad(Expected::AbsolutePath))?;
                let (good, wrong): (Vec<String>, Vec<String>) =
                    dirs.into_iter().partition(|d| Path::new(d).is_absolute());
                s.pack_import_dirs = good.into_iter().map(PathBuf::from).collect();
                if let Some(d) = wrong.into_iter().next() {
                    return Err(SettingsError::BadValue {
                        setting: key.into(),
                        value: d,
                        expected: Expected::AbsolutePath,
                    });
                }
            }
            "county" => {
                let county = value.as_str().ok_or_else(|| bad(Expected::Key))?;
                s.county = Some(key_of(key, county)?.to_owned());
            }
            "printer" => {
                let name = value
                    .as_str()
                    .filter(|n| super::is_printer_name(n))
                    .ok_or_else(|| bad(Expected::PrinterName))?;
                s.printer = Some(name.to_owned());
            }
            _ => {}
        }
        Ok(())
    }

    /// Applies `NAVIGATOR_MODE`, `NAVIGATOR_IDLE_SECONDS`, `NAVIGATOR_IDLE_COUNTDOWN_SECONDS`,
    /// `NAVIGATOR_RESULTS_IDLE_SECONDS` and `NAVIGATOR_RETENTION_DAYS` where set (an empty value counts as unset); a bad one
    /// leaves the setting as the file had it.
    fn env(&mut self, var: impl Fn(&str) -> Option<String>) {
        let var = |name: &str| var(name).filter(|v| !v.trim().is_empty());
        if let Some(mode) = var("NAVIGATOR_MODE") {
            match mode.trim().parse::<Mode>() {
                Ok(mode) => {
                    self.reading.settings.mode = mode;
                    self.mode_read = true;
                    self.mode_bad = false;
                    self.reading.fell_back.remove("mode");
                }
                Err(e) => self.problem(Some("mode"), e),
            }
        }
        let numbers: [(&str, &'static str, (u32, u32), Unit); 4] = [
            (
                "NAVIGATOR_IDLE_SECONDS",
                "idle_seconds",
                IDLE_SECONDS,
                Unit::Seconds,
            ),
            (
                "NAVIGATOR_IDLE_COUNTDOWN_SECONDS",
                "idle_countdown_seconds",
                COUNTDOWN_SECONDS,
                Unit::Seconds,
            ),
            (
                "NAVIGATOR_RESULTS_IDLE_SECONDS",
                "results_idle_seconds",
                IDLE_SECONDS,
                Unit::Seconds,
            ),
            (
                "NAVIGATOR_RETENTION_DAYS",
                "retention_days",
                RETENTION,
                Unit::Days,
            ),
        ];
        for (name, key, range, unit) in numbers {
            let Some(text) = var(name) else { continue };
            let parsed = whole(name, &text, unit).and_then(|n| in_range(key, n, range, unit));
            match parsed {
                Ok(n) => {
                    let s = &mut self.reading.settings;
                    match key {
                        "idle_seconds" => s.idle_seconds = n,
                        "idle_countdown_seconds" => s.idle_countdown_seconds = n,
                        "results_idle_seconds" => s.results_idle_seconds = n,
                        _ => s.retention_days = n,
                    }
                    self.reading.fell_back.remove(key);
                }
                // The file's value (or the default) stays; the variable is reported.
                Err(e) => self.reading.problems.push(e),
            }
        }
    }

    /// Settles the mode: one that cannot be read is a kiosk.
    fn finish(mut self) -> Reading {
        let unreadable = self.mode_bad || (self.doubtful && !self.mode_read);
        if unreadable {
            self.reading.settings.mode = Mode::Kiosk;
            self.reading.fell_back.insert("mode");
        } else {
            self.reading.fell_back.remove("mode");
        }
        self.reading
    }
}

/// A value as staff wrote it, for an error: text without its quotes.
fn shown(value: &toml::Value) -> String {
    match value {
        toml::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn strings(value: &toml::Value) -> Option<Vec<String>> {
    value
        .as_array()?
        .iter()
        .map(|v| v.as_str().map(str::to_owned))
        .collect()
}

fn absolute(key: &str, dir: &str) -> Result<PathBuf, SettingsError> {
    // A relative folder would depend on where the app happened to be started from.
    if Path::new(dir).is_absolute() {
        Ok(PathBuf::from(dir))
    } else {
        Err(SettingsError::BadValue {
            setting: key.into(),
            value: dir.into(),
            expected: Expected::AbsolutePath,
        })
    }
}

/// A key as the pack writes its options: lower-case letters, digits and `_`, at most 40.
pub(super) fn key_of<'v>(setting: &str, value: &'v str) -> Result<&'v str, SettingsError> {
    let fits = (1..=40).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if fits {
        Ok(value)
    } else {
        Err(SettingsError::BadValue {
            setting: setting.into(),
            value: value.into(),
            expected: Expected::Key,
        })
    }
}

/// Checks the form of a key (see [`key_of`]).
pub(super) fn key(setting: &str, value: &str) -> Result<(), SettingsError> {
    key_of(setting, value).map(|_| ())
}

fn number(
    key: &str,
    value: &toml::Value,
    range: (u32, u32),
    unit: Unit,
) -> Result<u32, SettingsError> {
    let n = value
        .as_integer()
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| SettingsError::BadValue {
            setting: key.into(),
            value: shown(value),
            expected: Expected::Range {
                min: range.0,
                max: range.1,
                unit,
            },
        })?;
    in_range(key, n, range, unit)
}

pub(super) fn whole(setting: &str, value: &str, unit: Unit) -> Result<u32, SettingsError> {
    value.trim().parse().map_err(|_| SettingsError::BadValue {
        setting: setting.into(),
        value: value.into(),
        expected: Expected::WholeNumber(unit),
    })
}

pub(super) fn in_range(
    setting: &str,
    value: u32,
    (min, max): (u32, u32),
    unit: Unit,
) -> Result<u32, SettingsError> {
    if (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(SettingsError::BadValue {
            setting: setting.into(),
            value: value.to_string(),
            expected: Expected::Range { min, max, unit },
        })
    }
}

/// The line where `key` is set, as staff see it in an editor.
fn line_of_key(text: &str, key: &str) -> Option<FileLine> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let named = trimmed
            .strip_prefix(key)
            .or_else(|| trimmed.strip_prefix(&format!("\"{key}\"")))
            .is_some_and(|rest| rest.trim_start().starts_with('='));
        if named {
            return FileLine::at(text, offset);
        }
        offset += line.len();
    }
    None
}

impl Settings {
    /// Reads the settings the app runs with: `settings.toml` in `data_dir` (none there: the
    /// defaults), then the environment overrides `var` returns. Never fails: see the module
    /// documentation for what a problem costs.
    pub fn read(data_dir: Option<&Path>, var: impl Fn(&str) -> Option<String>) -> Reading {
        let mut reader = Reader::new();
        if let Some(dir) = data_dir {
            let path = dir.join(FILE_NAME);
            match std::fs::read(&path) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(text) => reader.file(&text, &path),
                    Err(_) => {
                        reader.doubt(SettingsError::Parse {
                            path: path.display().to_string(),
                            line: None,
                            message: "the file is not UTF-8 text".into(),
                        });
                        reader.reading.fell_back.extend(KEYS);
                    }
                },
                // No file, or no directory for it yet (the store reports a folder it cannot
                // use): the defaults. But a link to a file that is gone is settings lost, not
                // settings never written: read as a file that cannot be read (a kiosk stays one).
                Err(e)
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                    ) && std::fs::symlink_metadata(&path).is_err() => {}
                Err(source) => {
                    reader.doubt(SettingsError::Read {
                        path: path.display().to_string(),
                        source,
                    });
                    reader.reading.fell_back.extend(KEYS);
                }
            }
        }
        reader.env(var);
        reader.finish()
    }

    /// Reads `settings.toml` from `data_dir` (the defaults if there is none), then applies the
    /// environment overrides that `var` returns; any problem is an error.
    pub fn load(
        data_dir: &Path,
        var: impl Fn(&str) -> Option<String>,
    ) -> Result<Settings, SettingsError> {
        Settings::read(Some(data_dir), var).strict()
    }

    /// Parses a settings file's text; any problem is an error. `path` only names the file in
    /// errors.
    pub fn from_toml(text: &str, path: &Path) -> Result<Settings, SettingsError> {
        let mut reader = Reader::new();
        reader.file(text, path);
        reader.finish().strict()
    }

    /// Applies the environment overrides to these settings; any problem is an error (and the
    /// settings are then as they were).
    pub fn apply_env(&mut self, var: impl Fn(&str) -> Option<String>) -> Result<(), SettingsError> {
        let mut reader = Reader::new();
        reader.reading.settings = self.clone();
        reader.mode_read = true;
        reader.env(var);
        *self = reader.finish().strict()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_of_a_key_is_found_as_written() {
        let text = "mode = \"kiosk\"\n\n  idel_seconds= 40\n";
        assert_eq!(
            line_of_key(text, "idel_seconds"),
            Some(FileLine {
                number: 3,
                text: "idel_seconds= 40".into()
            })
        );
        assert_eq!(line_of_key(text, "idle"), None);
    }
}
