//! Deployment settings: how one installation behaves.
//!
//! One binary serves three settings — an unattended kiosk in a service center, a county
//! office where staff sit beside the applicant, and a person's own PC — and the [`Mode`] says
//! which. Staff keep the settings in `settings.toml` in the app's data directory; tests and
//! deployment scripts may override them with environment variables (`NAVIGATOR_MODE`,
//! `NAVIGATOR_IDLE_SECONDS`, `NAVIGATOR_IDLE_COUNTDOWN_SECONDS`), and `NAVIGATOR_DATA_DIR` says
//! where the data directory is. A missing file means the defaults; a damaged or mistyped one is
//! a typed error naming the file and the setting, so the caller can tell staff.

use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::pack::archive::{PublicKey, Trust};

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
                expected: "kiosk, office or personal".into(),
            })
    }
}

/// The settings of one installation. Every field has a default, so a settings file need only
/// name what differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub mode: Mode,
    /// Kiosk: seconds without a touch or key before the "Still there?" countdown.
    pub idle_seconds: u32,
    /// Kiosk: seconds the countdown runs before the consultation is wiped.
    pub idle_countdown_seconds: u32,
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
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            mode: Mode::Personal,
            idle_seconds: 90,
            idle_countdown_seconds: 15,
            staff_pin: None,
            trusted_keys: Vec::new(),
            allow_unsigned_packs: false,
        }
    }
}

/// The range each number must fall in: short enough to protect the next person at a kiosk,
/// long enough that a slow reader is not cut off.
const IDLE_SECONDS: (u32, u32) = (5, 3600);
const COUNTDOWN_SECONDS: (u32, u32) = (3, 300);

/// Why the settings cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("cannot read {path}: {message}")]
    Read { path: String, message: String },
    #[error("{path} is not a valid settings file: {message}")]
    Parse { path: String, message: String },
    #[error("the setting {setting} = {value:?} is not valid (expected {expected})")]
    BadValue {
        setting: String,
        value: String,
        expected: String,
    },
    #[error("cannot save {path}: {message}")]
    Write { path: String, message: String },
}

impl Settings {
    /// Parses a settings file's text. `path` only names the file in errors.
    pub fn from_toml(text: &str, path: &Path) -> Result<Settings, SettingsError> {
        let settings: Settings = toml::from_str(text).map_err(|e| SettingsError::Parse {
            path: path.display().to_string(),
            message: e.message().to_owned(),
        })?;
        settings.validate()?;
        Ok(settings)
    }

    /// Reads `settings.toml` from `data_dir` (the defaults if there is none), then applies the
    /// environment overrides that `var` returns.
    pub fn load(
        data_dir: &Path,
        var: impl Fn(&str) -> Option<String>,
    ) -> Result<Settings, SettingsError> {
        let path = data_dir.join(FILE_NAME);
        let mut settings = match std::fs::read(&path) {
            Ok(bytes) => {
                let text = String::from_utf8(bytes).map_err(|_| SettingsError::Parse {
                    path: path.display().to_string(),
                    message: "the file is not UTF-8 text".into(),
                })?;
                Settings::from_toml(&text, &path)?
            }
            // No file, or no directory for it yet (the store reports a folder it cannot use).
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                ) =>
            {
                Settings::default()
            }
            Err(e) => {
                return Err(SettingsError::Read {
                    path: path.display().to_string(),
                    message: e.to_string(),
                })
            }
        };
        settings.apply_env(var)?;
        Ok(settings)
    }

    /// Applies `NAVIGATOR_MODE`, `NAVIGATOR_IDLE_SECONDS` and
    /// `NAVIGATOR_IDLE_COUNTDOWN_SECONDS` where set (an empty value counts as unset).
    pub fn apply_env(&mut self, var: impl Fn(&str) -> Option<String>) -> Result<(), SettingsError> {
        let var = |name: &str| var(name).filter(|v| !v.trim().is_empty());
        if let Some(mode) = var("NAVIGATOR_MODE") {
            self.mode = mode.trim().parse()?;
        }
        if let Some(v) = var("NAVIGATOR_IDLE_SECONDS") {
            self.idle_seconds = seconds("NAVIGATOR_IDLE_SECONDS", &v)?;
        }
        if let Some(v) = var("NAVIGATOR_IDLE_COUNTDOWN_SECONDS") {
            self.idle_countdown_seconds = seconds("NAVIGATOR_IDLE_COUNTDOWN_SECONDS", &v)?;
        }
        self.validate()
    }

    /// Saves the settings to `settings.toml` in `data_dir`: written beside it first and then
    /// renamed, so a power cut leaves either the old file or the new one.
    pub fn save(&self, data_dir: &Path) -> Result<(), SettingsError> {
        self.validate()?;
        let path = data_dir.join(FILE_NAME);
        let write = |e: std::io::Error| SettingsError::Write {
            path: path.display().to_string(),
            message: e.to_string(),
        };
        let text = toml::to_string(self).map_err(|e| SettingsError::Write {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        std::fs::create_dir_all(data_dir).map_err(write)?;
        let part = data_dir.join(format!("{FILE_NAME}.part"));
        std::fs::write(&part, text).map_err(write)?;
        std::fs::rename(&part, &path).map_err(write)
    }

    fn validate(&self) -> Result<(), SettingsError> {
        if let Some(hash) = &self.staff_pin {
            crate::staff::check_hash(hash).map_err(|_| SettingsError::BadValue {
                setting: "staff_pin".into(),
                value: hash.clone(),
                expected: "a PIN hash written by `navigator set-pin`".into(),
            })?;
        }
        for key in &self.trusted_keys {
            PublicKey::from_base64(key).map_err(|_| SettingsError::BadValue {
                setting: "trusted_keys".into(),
                value: key.clone(),
                expected: "a public key as `navigator keygen` prints it".into(),
            })?;
        }
        in_range("idle_seconds", self.idle_seconds, IDLE_SECONDS)?;
        in_range(
            "idle_countdown_seconds",
            self.idle_countdown_seconds,
            COUNTDOWN_SECONDS,
        )
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
}

fn seconds(setting: &str, value: &str) -> Result<u32, SettingsError> {
    value.trim().parse().map_err(|_| SettingsError::BadValue {
        setting: setting.into(),
        value: value.into(),
        expected: "a whole number of seconds".into(),
    })
}

fn in_range(setting: &str, value: u32, (min, max): (u32, u32)) -> Result<(), SettingsError> {
    if (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(SettingsError::BadValue {
            setting: setting.into(),
            value: value.to_string(),
            expected: format!("{min} to {max} seconds"),
        })
    }
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
