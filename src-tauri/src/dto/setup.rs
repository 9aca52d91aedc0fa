//! The IPC shapes of this computer's setup: the first-run setup and staff's changes to it.

use navigator::desk::setup::{SetupDone, SetupForm, SetupState, SetupView};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{count, ModeDto, OptionDto};

/// Where the installation stands with its setup (see `navigator::desk::setup::SetupState`).
#[derive(Debug, Clone, Copy, Serialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum SetupStateDto {
    /// A fresh kiosk or office: the setup comes first.
    Needed,
    /// A fresh personal PC: the setup is offered to staff, the questionnaire comes first.
    Offered,
    Done,
}

impl From<SetupState> for SetupStateDto {
    fn from(s: SetupState) -> Self {
        match s {
            SetupState::Needed => SetupStateDto::Needed,
            SetupState::Offered => SetupStateDto::Offered,
            SetupState::Done => SetupStateDto::Done,
        }
    }
}

/// The setup screen.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SetupDto {
    pub state: SetupStateDto,
    pub mode: ModeDto,
    /// `NAVIGATOR_MODE` decides the mode: it is shown, not chosen.
    pub mode_fixed: bool,
    pub pin_set: bool,
    pub pin_min: u32,
    pub pin_max: u32,
    pub kiosk_pin_min: u32,
    /// The places to choose from; the empty value is the whole city.
    pub counties: Vec<OptionDto>,
    pub county: String,
    pub export_dir: String,
    pub export_dir_default: String,
    /// What a PIN takes, worded.
    pub pin_hint: String,
    /// Where exports go when the folder is left empty, worded.
    pub export_hint: String,
    /// The printer the results go to without a dialog, or empty.
    pub printer: String,
    /// Whether this computer can print to a named printer without the dialog (Linux); where
    /// it cannot, the setup only says that the dialog chooses.
    pub printer_choice: bool,
}

impl From<SetupView> for SetupDto {
    fn from(v: SetupView) -> Self {
        SetupDto {
            state: v.state.into(),
            mode: v.mode.into(),
            mode_fixed: v.mode_fixed,
            pin_set: v.pin_set,
            pin_min: count(v.pin_digits.0),
            pin_max: count(v.pin_digits.1),
            kiosk_pin_min: count(v.kiosk_pin_digits),
            counties: v.counties.into_iter().map(OptionDto::from).collect(),
            county: v.county,
            export_dir: v.export_dir,
            export_dir_default: v.export_dir_default,
            pin_hint: v.pin_hint,
            export_hint: v.export_hint,
            printer: v.printer,
            printer_choice: crate::printing::supported(),
        }
    }
}

/// What staff chose.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct SetupFormDto {
    pub mode: ModeDto,
    /// Typed twice; both empty keeps the PIN there is.
    pub pin: String,
    pub pin_again: String,
    pub county: String,
    pub export_dir: String,
    /// The printer's name as the computer lists it; empty (or absent): the dialog asks.
    #[serde(default)]
    pub printer: String,
}

impl From<SetupFormDto> for SetupForm {
    fn from(f: SetupFormDto) -> Self {
        SetupForm {
            mode: f.mode.into(),
            pin: f.pin,
            pin_again: f.pin_again,
            county: f.county,
            export_dir: f.export_dir,
            printer: f.printer,
        }
    }
}

/// A saved setup.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SetupDoneDto {
    /// The mode changed: the app starts again to take it up.
    pub restart: bool,
}

impl From<SetupDone> for SetupDoneDto {
    fn from(d: SetupDone) -> Self {
        SetupDoneDto { restart: d.restart }
    }
}
