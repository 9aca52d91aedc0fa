//! Deployment settings: how one installation behaves.
//!
//! One binary serves three settings — an unattended kiosk in a service center, a county
//! office where staff sit beside the applicant, and a person's own PC — and the [`Mode`] says
//! which. Staff keep the settings in `settings.toml` in the app's data directory; tests and
//! deployment scripts may override them with environment variables (`NAVIGATOR_MODE`,
//! `NAVIGATOR_IDLE_SECONDS`, `NAVIGATOR_IDLE_COUNTDOWN_SECONDS`, `NAVIGATOR_RETENTION_DAYS`),
//! and `NAVIGATOR_DATA_DIR` says where the data directory is. A missing file means the
//! defaults. A damaged or mistyped one costs only the settings it gets wrong, and a mode that
//! cannot be read is a kiosk's (`read.rs`); each problem is a typed error naming the file and
//! the setting (and, for a file that does not parse, the line), so the caller can tell staff
//! (see [`SettingsError`], in `error.rs`). The file is written for its owner only: it holds
//! the PIN's hash (`write.rs`: whole, a setting at a time keeping what staff wrote, or once on
//! a fresh installation).

use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::pack::archive::{PublicKey, Trust};

mod error;
mod read;
mod write;

pub use error::{Expected, FileLine, SettingsError, Unit};
pub use read::{Reading, KEYS};
pub use write::LOCK_FILE;

/// The settings file's name inside the data directory.
pub const FILE_NAME: &str = "settings.toml";
/// The database's name inside the data directory.
pub const DATABASE_NAME: &str = "navigator.sqlite3";

/// Where the app runs, which decides how it behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// An unattended touch screen: fullscreen, locked down, wiped when left idle.
    Kiosk,
    /// Staff beside the applicant.
    Office,
    /// A person's own PC: a normal window; a consultation can be resumed later.
    #[default]
    Personal,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::Kiosk, Mode::Office, Mode::Personal];

    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Kiosk => "kiosk",
            Mode::Office => "office",
            Mode::Personal => "personal",
        }
    }
}

/// The modes' keys, as a setting takes them ([`Mode::as_str`]).
const MODE_KEYS: &[&str] = &["kiosk", "office", "personal"];

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Mode {
    type Err = SettingsError;

    fn from_str(s: &str) -> Result<Mode, SettingsError> {
        Mode::ALL
            .into_iter()
            .find(|m| m.as_str() == s)
            .ok_or_else(|| SettingsError::BadValue {
                setting: "mode".into(),
                value: s.into(),
                expected: Expected::OneOf(MODE_KEYS),
            })
    }
}

/// The settings of one installation. Every field has a default, so a settings file need only
/// name what differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Settings {
    pub mode: Mode,
    /// Kiosk: seconds without a touch or key before the "Still there?" countdown.
    pub idle_seconds: u32,
    /// Kiosk: seconds the countdown runs before the consultation is wiped.
    pub idle_countdown_seconds: u32,
    /// Kiosk: seconds without a touch before "Still there?" while the results and their QR
    /// code are on screen — a person holding a phone up to the code is not touching the
    /// screen. Never shorter than `idle_seconds`.
    pub results_idle_seconds: u32,
    /// The staff PIN as an argon2 hash (PHC string), set with `navigator set-pin`. Without
    /// one there is no staff access from the app.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub staff_pin: Option<String>,
    /// The public keys (base64, as `navigator keygen` prints them) whose signed pack archives
    /// may be installed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub trusted_keys: Vec<String>,
    /// Accept pack archives without a signature. Off unless staff choose it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub allow_unsigned_packs: bool,
    /// Office: days an applicant's name, phone and staff's note are kept after the
    /// consultation started; then `navigator purge` (or the app) erases them. 个人信息保护法
    /// asks for no longer than the purpose needs: half a year covers a referral and an
    /// application.
    #[serde(skip_serializing_if = "is_default_retention")]
    pub retention_days: u32,
    /// Office: where exports are written (see [`Settings::export_dir`]). An absolute path.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export_dir: Option<PathBuf>,
    /// Office: the folders staff import pack archives from (see [`Settings::import_dirs`]).
    /// Absolute paths.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pack_import_dirs: Vec<PathBuf>,
    /// The county-level place this installation serves, as a key of the pack's region
    /// question (`shuocheng`, …): the directory opens at it. Unset: the whole city. Checked
    /// against the pack where staff choose it (the first-run setup); here only its form.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub county: Option<String>,
    /// Read each new screen aloud from the start (a kiosk for people who read with
    /// difficulty); the person can still turn it off. Off unless staff choose it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub read_aloud: bool,
    /// Office and personal PC: the printer the results go to, by the name the computer's
    /// printer list gives it; printing then needs no dialog. Unset: the system's print dialog
    /// asks each time. Honoured where the shell can print without a dialog (Linux); elsewhere
    /// the dialog asks. A kiosk prints nothing, whatever this says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub printer: Option<String>,
}

/// The default retention period, in days.
const RETENTION_DAYS: u32 = 180;

fn is_default_retention(days: &u32) -> bool {
    *days == RETENTION_DAYS
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            mode: Mode::Personal,
            idle_seconds: 90,
            idle_countdown_seconds: 15,
            results_idle_seconds: 180,
            staff_pin: None,
            trusted_keys: Vec::new(),
            allow_unsigned_packs: false,
            retention_days: RETENTION_DAYS,
            export_dir: None,
            read_aloud: false,
            pack_import_dirs: Vec::new(),
            county: None,
            printer: None,
        }
    }
}

/// The range each number must fall in: short enough to protect the next person at a kiosk,
/// long enough that a slow reader is not cut off.
const IDLE_SECONDS: (u32, u32) = (5, 3600);
const COUNTDOWN_SECONDS: (u32, u32) = (3, 300);
/// At least a day, so that a record is not erased while the applicant is still in the office;
/// at most ten years, beyond which keeping personal data has no purpose an office could name.
const RETENTION: (u32, u32) = (1, 3650);
/// A printer's name is one line of at most this many characters (CUPS allows 127).
pub const PRINTER_NAME_CHARS: usize = 127;

/// Whether `name` can be a printer's name: a line of 1 to [`PRINTER_NAME_CHARS`] characters
/// with no control characters, no invisible formatting (the marks that turn text right to
/// left, or join or hide it, which would make the name on screen read otherwise than it is)
/// and no space at either end.
pub fn is_printer_name(name: &str) -> bool {
    let invisible = |c: char| {
        matches!(c,
            '\u{00ad}' | '\u{061c}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}')
    };
    let chars = name.chars().count();
    (1..=PRINTER_NAME_CHARS).contains(&chars)
        && name.trim() == name
        && !name.chars().any(|c| c.is_control() || invisible(c))
}

impl Settings {
    pub(super) fn validate(&self) -> Result<(), SettingsError> {
        if let Some(hash) = &self.staff_pin {
            crate::pin::check_hash(hash).map_err(|_| SettingsError::BadValue {
                setting: "staff_pin".into(),
                value: hash.clone(),
                expected: Expected::PinHash,
            })?;
        }
        for key in &self.trusted_keys {
            PublicKey::from_base64(key).map_err(|_| SettingsError::BadValue {
                setting: "trusted_keys".into(),
                value: key.clone(),
                expected: Expected::PublicKey,
            })?;
        }
        // A relative folder would depend on where the app happened to be started from.
        for (setting, dir) in self.export_dir.iter().map(|d| ("export_dir", d)).chain(
            self.pack_import_dirs
                .iter()
                .map(|d| ("pack_import_dirs", d)),
        ) {
            if !dir.is_absolute() {
                return Err(SettingsError::BadValue {
                    setting: setting.into(),
                    value: dir.display().to_string(),
                    expected: Expected::AbsolutePath,
                });
            }
        }
        read::in_range(
            "idle_seconds",
            self.idle_seconds,
            IDLE_SECONDS,
            Unit::Seconds,
        )?;
        read::in_range(
            "idle_countdown_seconds",
            self.idle_countdown_seconds,
            COUNTDOWN_SECONDS,
            Unit::Seconds,
        )?;
        read::in_range(
            "results_idle_seconds",
            self.results_idle_seconds,
            IDLE_SECONDS,
            Unit::Seconds,
        )?;
        read::in_range("retention_days", self.retention_days, RETENTION, Unit::Days)?;
        if let Some(printer) = self.printer.as_ref().filter(|p| !is_printer_name(p)) {
            return Err(SettingsError::BadValue {
                setting: "printer".into(),
                value: printer.clone(),
                expected: Expected::PrinterName,
            });
        }
        if let Some(county) = &self.county {
            read::key("county", county)?;
        }
        Ok(())
    }

    /// Kiosk: seconds without a touch before "Still there?" while the results are shown: the
    /// longer of `results_idle_seconds` and `idle_seconds`.
    pub fn results_idle(&self) -> u32 {
        self.results_idle_seconds.max(self.idle_seconds)
    }
}

impl Settings {
    /// Whose pack archives this installation accepts.
    pub fn trust(&self) -> Trust {
        Trust {
            keys: self
                .trusted_keys
                .iter()
                .filter_map(|k| PublicKey::from_base64(k).ok())
                .collect(),
            allow_unsigned: self.allow_unsigned_packs,
        }
    }

    /// The start of the retention period on `today`: consultations started before this
    /// instant (midnight UTC, `retention_days` days before `today`) have outlived it, so a
    /// consultation is kept `retention_days` whole days and erased on the day after.
    pub fn retention_cutoff(&self, today: time::Date) -> time::OffsetDateTime {
        let days = time::Duration::days(i64::from(self.retention_days));
        today
            .checked_sub(days)
            .unwrap_or(time::Date::MIN)
            .midnight()
            .assume_utc()
    }

    /// Where office exports go: `export_dir` if set, otherwise the user's Documents folder, or
    /// `exports` in the data directory on a system that has none.
    pub fn export_dir(&self, data_dir: &Path) -> PathBuf {
        self.export_dir
            .clone()
            .or_else(|| {
                directories::UserDirs::new().and_then(|u| u.document_dir().map(Path::to_path_buf))
            })
            .unwrap_or_else(|| data_dir.join("exports"))
    }

    /// The folders to offer pack archives from: `pack_import_dirs` if set, otherwise the
    /// user's Download folder and every USB stick mounted for them (each folder under
    /// `/media/<user>/` and `/run/media/<user>/`, where Debian desktops mount them).
    pub fn import_dirs(&self) -> Vec<PathBuf> {
        if !self.pack_import_dirs.is_empty() {
            return self.pack_import_dirs.clone();
        }
        let mut dirs: Vec<PathBuf> = directories::UserDirs::new()
            .and_then(|u| u.download_dir().map(Path::to_path_buf))
            .into_iter()
            .collect();
        if let Some(user) = user_name() {
            dirs.extend(mounted_media(
                &[Path::new("/media"), Path::new("/run/media")],
                &user,
            ));
        }
        dirs
    }
}

/// The login name, which names the user's folder of mounted media: `USER`, or `LOGNAME`, or
/// the last part of the home directory.
fn user_name() -> Option<String> {
    ["USER", "LOGNAME"]
        .into_iter()
        .find_map(|v| std::env::var(v).ok().filter(|u| !u.is_empty()))
        .or_else(|| {
            directories::BaseDirs::new().and_then(|b| {
                b.home_dir()
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
            })
        })
        .filter(|u| !u.contains(['/', '\\']) && u != "." && u != "..")
}

/// Every directory in `<root>/<user>/` for each root, sorted within each root. Roots that do
/// not exist or cannot be read give nothing.
fn mounted_media(roots: &[&Path], user: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for root in roots {
        let Ok(entries) = std::fs::read_dir(root.join(user)) else {
            continue;
        };
        let mut here: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_dir())
            .collect();
        here.sort();
        found.extend(here);
    }
    found
}

/// The data directory: `NAVIGATOR_DATA_DIR` where set, otherwise the platform's per-user data
/// directory (e.g. `~/.local/share/navigator/` on Linux). `None` if the platform has none.
pub fn data_dir(var: impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
    match var("NAVIGATOR_DATA_DIR") {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => directories::ProjectDirs::from("cn.gov.shuozhou", "", "navigator")
            .map(|d| d.data_dir().to_path_buf()),
    }
}

/// Reads an environment variable, for [`Settings::load`] and [`data_dir`] in the apps (tests
/// pass their own lookup instead).
pub fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mode_keys_are_the_modes() {
        let keys: Vec<&str> = Mode::ALL.into_iter().map(Mode::as_str).collect();
        assert_eq!(keys, MODE_KEYS);
    }

    #[test]
    fn a_file_that_does_not_parse_names_the_line() {
        let text = "mode = \"kiosk\"\n\nidel_seconds = 40\n";
        match Settings::from_toml(text, Path::new("settings.toml")) {
            Err(SettingsError::Parse {
                line: Some(line), ..
            }) => assert_eq!(
                line,
                FileLine {
                    number: 3,
                    text: "idel_seconds = 40".into()
                }
            ),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn retention_is_half_a_year_unless_set_and_is_not_written_when_default() {
        let s = Settings::default();
        assert_eq!(s.retention_days, 180);
        let text = toml::to_string(&s).expect("serializes");
        assert!(!text.contains("retention_days"), "{text}");
        assert!(!text.contains("export_dir") && !text.contains("pack_import_dirs"));
        let s = Settings {
            retention_days: 30,
            ..Settings::default()
        };
        assert!(toml::to_string(&s)
            .expect("serializes")
            .contains("retention_days = 30"));
    }

    #[test]
    fn retention_outside_one_day_to_ten_years_is_refused_by_name() {
        for days in [0, 3651] {
            let text = format!("retention_days = {days}\n");
            match Settings::from_toml(&text, Path::new("settings.toml")) {
                Err(SettingsError::BadValue { setting, .. }) => {
                    assert_eq!(setting, "retention_days")
                }
                other => panic!("{days}: {other:?}"),
            }
        }
        for days in [1, 3650] {
            let text = format!("retention_days = {days}\n");
            let s = Settings::from_toml(&text, Path::new("settings.toml")).expect("in range");
            assert_eq!(s.retention_days, days);
        }
    }

    #[test]
    fn the_environment_sets_retention_and_a_bad_value_names_the_variable() {
        let mut s = Settings::default();
        s.apply_env(|n| (n == "NAVIGATOR_RETENTION_DAYS").then(|| " 90 ".to_owned()))
            .expect("valid");
        assert_eq!(s.retention_days, 90);
        // Not a number: the variable is named; out of range: the setting is.
        for (bad, named) in [
            ("ninety", "NAVIGATOR_RETENTION_DAYS"),
            ("0", "retention_days"),
        ] {
            let mut s = Settings::default();
            match s.apply_env(|n| (n == "NAVIGATOR_RETENTION_DAYS").then(|| bad.to_owned())) {
                Err(SettingsError::BadValue { setting, .. }) => assert_eq!(setting, named),
                other => panic!("{bad}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_consultation_is_kept_for_whole_days_and_erased_the_day_after() {
        let s = Settings::default();
        let today = time::macros::date!(2026 - 07 - 01);
        // 180 days before 1 July 2026 is 2 January 2026.
        assert_eq!(
            s.retention_cutoff(today),
            time::macros::datetime!(2026-01-02 00:00 UTC)
        );
        let forever = Settings {
            retention_days: 3650,
            ..Settings::default()
        };
        assert_eq!(
            forever.retention_cutoff(time::Date::MIN),
            time::Date::MIN.midnight().assume_utc(),
            "no overflow at the calendar's start"
        );
    }

    #[test]
    fn relative_folders_are_refused() {
        let e = Settings::from_toml("export_dir = \"exports\"\n", Path::new("s.toml"))
            .expect_err("relative");
        assert!(e.to_string().contains("export_dir"), "{e}");
        let e = Settings::from_toml("pack_import_dirs = [\"usb\"]\n", Path::new("s.toml"))
            .expect_err("relative");
        assert!(e.to_string().contains("pack_import_dirs"), "{e}");
    }

    #[test]
    fn set_folders_are_used_as_they_are() {
        let s = Settings {
            export_dir: Some(PathBuf::from("/srv/exports")),
            pack_import_dirs: vec![PathBuf::from("/srv/packs"), PathBuf::from("/mnt/usb")],
            ..Settings::default()
        };
        assert_eq!(
            s.export_dir(Path::new("/data")),
            PathBuf::from("/srv/exports")
        );
        assert_eq!(
            s.import_dirs(),
            vec![PathBuf::from("/srv/packs"), PathBuf::from("/mnt/usb")]
        );
        // Unset: some folder, never an empty path.
        let d = Settings::default().export_dir(Path::new("/data"));
        assert!(d.is_absolute(), "{}", d.display());
    }

    #[test]
    fn mounted_media_are_the_folders_under_the_users_own_folder() {
        let media = tempfile::tempdir().expect("temp dir");
        let run_media = tempfile::tempdir().expect("temp dir");
        let stick = media.path().join("kim/KINGSTON");
        let other = media.path().join("lee/SANDISK");
        let second = run_media.path().join("kim/NO NAME");
        for d in [&stick, &other, &second] {
            std::fs::create_dir_all(d).expect("created");
        }
        std::fs::write(media.path().join("kim/a-file"), b"").expect("written");
        let missing = media.path().join("not-there");
        let found = mounted_media(&[media.path(), &missing, run_media.path()], "kim");
        assert_eq!(found, vec![stick, second]);
    }
}
