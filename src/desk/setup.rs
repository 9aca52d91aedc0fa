//! Setting up an installation from the app, with no terminal: the first-run setup of a fresh
//! installation, and the same settings changed later by signed-in staff.
//!
//! A fresh installation is one whose data folder holds no `settings.toml`. Started as a kiosk
//! or an office (`NAVIGATOR_MODE`), it cannot be used until staff set it up — without a PIN
//! nobody could ever sign in — so the app shows the setup first ([`SetupState::Needed`]). A
//! person's own PC needs nothing, and its first screen is the questionnaire; the setup is
//! only offered, for staff who install an office or a kiosk from the same package
//! ([`SetupState::Offered`]). Once the file exists (whatever it holds: a damaged file is for
//! staff to correct, and a kiosk with a bad setting stays a kiosk) there is no first run any
//! more, and only signed-in staff change the settings.
//!
//! The setup chooses the mode, the staff PIN (with the same checks as `navigator set-pin`: 4
//! to 12 digits, at a kiosk at least 6), the county the installation serves, and the export
//! folder, and (away from a kiosk, which prints nothing) the printer the results go to without
//! a dialog. A new mode takes effect when the app starts again (the window, the kiosk's wipe
//! and the database's kiosk rules are set up at the start); the desk says so; a new printer at
//! the next print. What it deliberately does not set: trusted pack keys and retention (rare,
//! and for the settings file or the CLI).

use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::Arc;

use super::{Desk, DeskError, Result, StaffDesk};
use crate::locale::Locale;
use crate::pin::{KIOSK_PIN_DIGITS, PIN_DIGITS};
use crate::present::OptionView;
use crate::settings::{Mode, Settings, SettingsError, FILE_NAME};
use crate::store::AuditAction;

/// Where an installation stands with its setup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupState {
    /// A fresh kiosk or office: the setup comes before anything else.
    Needed,
    /// A fresh installation running as a person's own PC: the setup is there for staff who
    /// want it, the questionnaire first.
    Offered,
    /// Set up (or without a data folder to set up): staff change the settings signed in.
    Done,
}

/// What staff choose in the setup.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SetupForm {
    pub mode: Mode,
    /// The new staff PIN, typed twice; both empty: keep the PIN there is (if any).
    pub pin: String,
    pub pin_again: String,
    /// A key of the region question, or empty for the whole city.
    pub county: String,
    /// An absolute folder, or empty for the default (see [`Settings::export_dir`]).
    pub export_dir: String,
    /// The printer's name as the computer lists it, or empty: the system's dialog asks.
    pub printer: String,
}

/// The setup screen: where the installation stands and what it holds now.
#[derive(Debug, Clone, PartialEq)]
pub struct SetupView {
    pub state: SetupState,
    /// The mode the settings file asks for (or the one to propose on a fresh installation).
    pub mode: Mode,
    /// `NAVIGATOR_MODE` decides the mode here, whatever the file says.
    pub mode_fixed: bool,
    /// A staff PIN is set.
    pub pin_set: bool,
    /// Digits a PIN takes: (fewest, most) away from a kiosk, and fewest at a kiosk.
    pub pin_digits: (usize, usize),
    pub kiosk_pin_digits: usize,
    /// The places to choose from, worded; the empty key is the whole city.
    pub counties: Vec<OptionView>,
    pub county: String,
    pub export_dir: String,
    /// Where exports go when no folder is set.
    pub export_dir_default: String,
    /// The printer the results go to without a dialog, or empty.
    pub printer: String,
    /// What a PIN takes, worded ("4 to 12 digits; at a kiosk at least 6").
    pub pin_hint: String,
    /// Where exports go when the folder is left empty, worded.
    pub export_hint: String,
}

/// What a saved setup asks of the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetupDone {
    /// The mode changed: it takes effect when the app starts again.
    pub restart: bool,
    pub file: PathBuf,
}

impl Desk {
    /// Where this installation stands with its setup (see [`SetupState`]). Fresh means: no
    /// settings file (anything in its place, even a link to nowhere or a file that cannot be
    /// read, means someone set this up), and a database in the data folder that never kept
    /// anything. A kiosk that has served people without a settings file (set up by its
    /// environment alone) is not fresh: its first-run setup would be open to the public.
    /// Without a usable data folder or database nothing could be saved, so there is no setup.
    pub fn setup_state(&self) -> SetupState {
        let Some(dir) = self.data_dir.as_deref() else {
            return SetupState::Done;
        };
        match std::fs::symlink_metadata(dir.join(FILE_NAME)) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            _ => return SetupState::Done,
        }
        let unused = self
            .live()
            .store
            .as_ref()
            .is_some_and(|store| store.never_used().unwrap_or(false));
        if !unused {
            return SetupState::Done;
        }
        match self.settings().mode {
            Mode::Personal => SetupState::Offered,
            Mode::Kiosk | Mode::Office => SetupState::Needed,
        }
    }

    /// The setup screen's contents, worded in `locale`. On a fresh installation, as the
    /// settings file does not exist yet.
    pub fn setup_view(&self, locale: Locale) -> SetupView {
        let written = self
            .data_dir
            .as_deref()
            .map(|dir| Settings::read(Some(dir), |_| None));
        let file = written.map(|r| r.settings).unwrap_or_default();
        let running = self.settings();
        let p = self.policy();
        let export_dir_default = Settings::default()
            .export_dir(self.data_dir.as_deref().unwrap_or(Path::new("")))
            .display()
            .to_string();
        SetupView {
            state: self.setup_state(),
            mode: self.env_mode().unwrap_or(match self.setup_state() {
                SetupState::Done => file.mode,
                _ => running.mode,
            }),
            mode_fixed: self.env_mode().is_some(),
            pin_set: running.staff_pin.is_some(),
            pin_digits: PIN_DIGITS,
            kiosk_pin_digits: KIOSK_PIN_DIGITS,
            counties: crate::present::office::counties(&p.pack, &p.loc, locale),
            county: running.county.clone().unwrap_or_default(),
            export_dir: running
                .export_dir
                .as_deref()
                .map(|d| d.display().to_string())
                .unwrap_or_default(),
            printer: running.printer.clone().unwrap_or_default(),
            export_hint: p.loc.app(
                locale,
                "setup-export-hint",
                &[("dir", export_dir_default.clone().into())],
            ),
            export_dir_default,
            pin_hint: p.loc.app(
                locale,
                "setup-pin-hint",
                &[
                    ("min", PIN_DIGITS.0.into()),
                    ("max", PIN_DIGITS.1.into()),
                    ("kiosk", KIOSK_PIN_DIGITS.into()),
                ],
            ),
        }
    }

    /// The first-run setup: writes the installation's first `settings.toml`. Anyone at the
    /// screen may do it, but only while there is no settings file: refused with
    /// [`DeskError::SetUpAlready`] once there is one (and never over one another program
    /// wrote meanwhile).
    pub fn first_setup(&self, form: &SetupForm) -> Result<SetupDone> {
        let dir = self.data_dir.as_deref().ok_or(DeskError::NoDataDir)?;
        if self.setup_state() == SetupState::Done {
            return Err(DeskError::SetUpAlready);
        }
        let chosen = self.check_form(form, None)?;
        let settings = Settings {
            // Where the environment fixes the mode, the file says the same (should the
            // variable go, the installation stays what it was set up as).
            mode: self.env_mode().unwrap_or(form.mode),
            staff_pin: chosen.pin_hash,
            county: chosen.county,
            export_dir: chosen.export_dir,
            printer: chosen.printer,
            ..Settings::default()
        };
        settings.create_new(dir).map_err(|e| match e {
            SettingsError::AlreadyThere { .. } => DeskError::SetUpAlready,
            e => e.into(),
        })?;
        self.note(AuditAction::Settings, "setup");
        Ok(self.settings_written(dir))
    }

    /// The mode `NAVIGATOR_MODE` fixes, whatever the file says: the one it names, or — for a
    /// value that is not a mode — the kiosk the installation then runs as (the setup must
    /// check the PIN for the mode that runs, not for one the form names).
    fn env_mode(&self) -> Option<Mode> {
        let set = (self.env)("NAVIGATOR_MODE").filter(|m| !m.trim().is_empty())?;
        Some(set.trim().parse().unwrap_or(Mode::Kiosk))
    }

    /// Checks a setup form for the mode it will run in; `pin_hash` is the PIN kept when the
    /// form leaves it empty.
    fn check_form(&self, form: &SetupForm, kept: Option<Kept>) -> Result<Chosen> {
        let mode = self.env_mode().unwrap_or(form.mode);
        let pin_hash = if form.pin.is_empty() && form.pin_again.is_empty() {
            match kept {
                // A PIN set for an office may be too short for a kiosk; its hash cannot tell.
                Some(Kept {
                    pin_hash,
                    mode: was,
                }) if was == mode || mode != Mode::Kiosk => pin_hash,
                _ => None,
            }
        } else if form.pin != form.pin_again {
            return Err(DeskError::PinsDiffer);
        } else if mode == Mode::Kiosk {
            Some(crate::pin::hash_kiosk_pin(&form.pin)?)
        } else {
            Some(crate::pin::hash_pin(&form.pin)?)
        };
        if pin_hash.is_none() && mode != Mode::Personal {
            return Err(DeskError::PinNeeded {
                kiosk: mode == Mode::Kiosk,
            });
        }
        let p = self.policy();
        let county = match form.county.as_str() {
            "" => None,
            key => {
                let known = p
                    .pack
                    .manifest
                    .region_question
                    .as_deref()
                    .and_then(|q| p.pack.question(q))
                    .is_some_and(|q| q.options.iter().any(|o| o == key));
                if !known {
                    return Err(DeskError::UnknownCounty(key.to_owned()));
                }
                Some(key.to_owned())
            }
        };
        let export_dir = match form.export_dir.trim() {
            "" => None,
            dir => Some(usable_folder(Path::new(dir))?),
        };
        // A kiosk prints nothing: a printer named for it would only mislead the next reader.
        let printer = match form.printer.trim() {
            "" => None,
            _ if mode == Mode::Kiosk => None,
            name if crate::settings::is_printer_name(name) => Some(name.to_owned()),
            name => {
                return Err(SettingsError::BadValue {
                    setting: "printer".into(),
                    value: name.to_owned(),
                    expected: crate::settings::Expected::PrinterName,
                }
                .into())
            }
        };
        Ok(Chosen {
            pin_hash,
            county,
            export_dir,
            printer,
        })
    }

    /// After the settings file was written: the settings in use follow it, but for the mode,
    /// which waits for the next start (and says so).
    pub(super) fn settings_written(&self, dir: &Path) -> SetupDone {
        let running = self.settings().mode;
        let mut now = Settings::read(Some(dir), self.env).settings;
        let restart = now.mode != running;
        now.mode = running;
        *self.settings.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(now);
        if restart {
            self.restart.store(true, Ordering::Relaxed);
        }
        if let Some(store) = self.live().store.as_ref() {
            // Best effort: a new PIN ends a lock-out; a lock that stays only delays staff.
            let _ = store.set_pin_lock(&crate::pin::LockState::default());
        }
        SetupDone {
            restart: self.restart_pending(),
            file: dir.join(FILE_NAME),
        }
    }

    /// Staff changed the mode since the app started: it takes effect at the next start.
    pub fn restart_pending(&self) -> bool {
        self.restart.load(Ordering::Relaxed)
    }
}

impl StaffDesk<'_> {
    /// Signed-in staff change the setup: the mode, the PIN (left empty: kept, except that a
    /// kiosk needs a new one of its length), the county, the export folder and the printer. Everything else
    /// in `settings.toml` stays as staff wrote it.
    pub fn change_setup(&self, form: &SetupForm) -> Result<SetupDone> {
        let desk = self.desk;
        let dir = desk.data_dir.as_deref().ok_or(DeskError::NoDataDir)?;
        let file = Settings::load(dir, |_| None)?;
        let kept = Kept {
            pin_hash: file.staff_pin.clone(),
            mode: desk.env_mode().unwrap_or(file.mode),
        };
        let chosen = desk.check_form(form, Some(kept))?;
        let fixed = desk.env_mode().is_some();
        Settings::edit(dir, |doc| {
            // A mode the environment fixes is not the form's to write: the file keeps its own.
            if !fixed {
                doc["mode"] = toml_edit::value(form.mode.as_str());
            }
            set_or_remove(doc, "staff_pin", chosen.pin_hash.clone());
            set_or_remove(doc, "county", chosen.county.clone());
            set_or_remove(
                doc,
                "export_dir",
                chosen.export_dir.as_ref().map(|d| d.display().to_string()),
            );
            set_or_remove(doc, "printer", chosen.printer.clone());
        })?;
        desk.note(AuditAction::Settings, "setup");
        Ok(desk.settings_written(dir))
    }
}

/// The PIN a change keeps when staff type none, and the mode it was set for.
struct Kept {
    pin_hash: Option<String>,
    mode: Mode,
}

/// A checked setup form.
struct Chosen {
    pin_hash: Option<String>,
    county: Option<String>,
    export_dir: Option<PathBuf>,
    printer: Option<String>,
}

fn set_or_remove(doc: &mut toml_edit::DocumentMut, key: &str, value: Option<String>) {
    match value {
        Some(v) => doc[key] = toml_edit::value(v),
        None => {
            doc.remove(key);
        }
    }
}

/// An export folder staff typed: absolute, and a folder the app can create and write in
/// (checked now, not at the first export in front of an applicant).
fn usable_folder(dir: &Path) -> Result<PathBuf> {
    let refused = |reason: std::io::Error| DeskError::ExportFolder {
        path: dir.to_path_buf(),
        reason,
    };
    if !dir.is_absolute() {
        return Err(DeskError::ExportFolderNotAbsolute(dir.to_path_buf()));
    }
    crate::files::create_dir_all(dir).map_err(refused)?;
    // A new file only: a name already there (a link planted in a shared folder, say) is
    // refused, never followed and emptied.
    let probe = dir.join(format!(".navigator-check-{}", std::process::id()));
    crate::files::create_new(&probe).map_err(refused)?;
    let _ = std::fs::remove_file(&probe);
    Ok(dir.to_path_buf())
}
