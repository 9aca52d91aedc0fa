//! What can stop a use case of the [`super::Desk`], and how each refusal is said.
//!
//! One enum for every caller: the CLI turns it into one line and an exit code, the desktop
//! shell into `{code, message}`. The wording is the [`Message`] each error gives
//! ([`Explain`]); the [`ErrorCode`] is what a caller may act on.

use std::path::PathBuf;

use time::OffsetDateTime;

use crate::answers::AnswerError;
use crate::i18n::I18nError;
use crate::message::{io_reason, Explain, Message};
use crate::pack::{ArchiveError, PackError};
use crate::pin::PinError;
use crate::report::ReportError;
use crate::session::SessionError;
use crate::settings::SettingsError;
use crate::store::StoreError;

/// Why a use case was refused. Nothing changed when one is returned, unless the variant says
/// otherwise.
#[derive(Debug, thiserror::Error)]
pub enum DeskError {
    #[error("unknown language {0:?}")]
    UnknownLanguage(String),
    #[error("there is no question {0:?}")]
    UnknownQuestion(String),
    #[error("{0:?} is not a month (YYYY-MM)")]
    BadMonth(String),
    #[error("{0:?} is not a date (YYYY-MM-DD)")]
    BadDate(String),
    #[error("there is no department {0:?}")]
    UnknownDepartment(String),
    /// A result card was asked for that the results on screen do not show.
    #[error("the results show no measure {0:?}")]
    UnknownMeasure(String),
    #[error(transparent)]
    Answer(#[from] AnswerError),
    #[error(transparent)]
    Store(#[from] StoreError),
    /// No database could be opened (and why, where it was tried): nothing can be looked up or
    /// kept.
    #[error("there is no database")]
    NoStore(Option<Message>),
    #[error("staff are not signed in")]
    NotSignedIn,
    /// A use case for a county office (screening a list) asked of a kiosk or a personal PC.
    #[error("this is done in a county office only")]
    OfficeOnly,
    /// The printout is saved as a file in a county office only (a personal PC's print dialog
    /// offers "Print to File" itself).
    #[error("the printout is saved as a file in a county office only")]
    PrintoutOfficeOnly,
    /// There are no results to print yet (or the answers changed since they were given).
    #[error("there are no results to print")]
    NothingToPrint,
    /// Another print is under way; one at a time.
    #[error("already printing")]
    PrintBusy,
    /// A kiosk prints nothing (its take-away is the QR code).
    #[error("this installation does not print")]
    NoPrinting,
    /// The settings name a printer the computer does not list.
    #[error("there is no printer {0:?}")]
    NoSuchPrinter(String),
    /// Printing did not work: on the settings' `printer`, or (`None`) the one chosen in the
    /// system's dialog. `reason`: what the printing system said, in its words; `None`: no
    /// answer in time.
    #[error("printing failed on {printer:?}: {reason:?}")]
    PrintFailed {
        printer: Option<String>,
        reason: Option<String>,
    },
    /// The office's printout was not saved as PDF (`reason` as for [`DeskError::PrintFailed`]).
    #[error("the printout was not saved: {reason:?}")]
    PrintoutFailed { reason: Option<String> },
    #[error("wrong PIN, {tries_left} tries left")]
    WrongPin { tries_left: u32 },
    /// `another_day`: the lock ends on a later day than today's.
    #[error("the PIN is locked until {until}")]
    PinLocked {
        until: OffsetDateTime,
        another_day: bool,
    },
    #[error("no staff PIN is set")]
    NoPin,
    /// At a kiosk, a PIN shorter than a kiosk's shortest is refused unchecked: a kiosk whose
    /// PIN was set short elsewhere (set-pin in another mode) stays locked, it does not become
    /// a kiosk with a short PIN.
    #[error("a kiosk's PIN has at least {min} digits")]
    KioskPinTooShort { min: usize },
    /// Without a database the wrong tries could not be counted across restarts, so the PIN is
    /// not checked at all.
    #[error("staff cannot sign in without a database")]
    SignInNeedsStore,
    /// Another instance of the app holds the data folder.
    #[error("the app is already running on this data folder")]
    AlreadyRunning,
    /// Windows: the WebView2 runtime, which draws the app's window, is not installed. Found by
    /// the desktop shell before it builds the window; the message says how to install it offline.
    #[error("the WebView2 runtime is not installed")]
    NoWebView,
    #[error(transparent)]
    Pin(#[from] PinError),
    #[error("there is no unfinished consultation to continue")]
    NothingToResume,
    #[error("there is no such consultation")]
    NoConsultation,
    #[error(transparent)]
    Archive(#[from] ArchiveError),
    /// A pack file that the import folders do not offer (the app opens nothing else).
    #[error("{} is not in an import folder", path.display())]
    NotOffered { path: PathBuf },
    /// A list file that the import folders do not offer (the app opens nothing else).
    #[error("{} is not a list in an import folder", path.display())]
    ListNotOffered { path: PathBuf },
    /// The mapping staff confirmed could not be kept beside the list (the list was screened).
    #[error("cannot keep the mapping in {}: {reason}", path.display())]
    MappingNotKept {
        path: PathBuf,
        reason: std::io::Error,
    },
    /// The export folder could not be shown in the file manager.
    #[error("cannot open the folder {}: {reason}", path.display())]
    OpenFolder {
        path: PathBuf,
        reason: std::io::Error,
    },
    #[error("{} is too large to be a pack ({bytes} bytes)", path.display())]
    PackFileTooLarge { path: PathBuf, bytes: u64 },
    #[error("cannot read {}: {reason}", path.display())]
    PackFile {
        path: PathBuf,
        reason: std::io::Error,
    },
    #[error("there is no data folder")]
    NoDataDir,
    #[error("cannot write {}: {source}", path.display())]
    Export { path: PathBuf, source: ReportError },
    /// A list to screen, or its mapping, that cannot be used (政策找人).
    #[error(transparent)]
    List(crate::batch::ListError),
    #[error(transparent)]
    Pack(#[from] PackError),
    #[error(transparent)]
    Messages(#[from] I18nError),
    #[error(transparent)]
    Settings(#[from] SettingsError),
    /// The first-run setup, when the installation is set up already.
    #[error("this installation is set up already")]
    SetUpAlready,
    #[error("the two PINs typed differ")]
    PinsDiffer,
    /// A kiosk or an office without a staff PIN could never be signed in to.
    #[error("a staff PIN is needed here")]
    PinNeeded { kiosk: bool },
    #[error("there is no county {0:?}")]
    UnknownCounty(String),
    #[error("{} is not a whole path", .0.display())]
    ExportFolderNotAbsolute(PathBuf),
    #[error("cannot use {} as the export folder: {reason}", path.display())]
    ExportFolder {
        path: PathBuf,
        reason: std::io::Error,
    },
    /// The program failed inside a use case (a bug, caught where it surfaced): nothing the
    /// person did, and the step was not done.
    #[error("the program failed inside this step")]
    Fault,
}

pub type Result<T> = std::result::Result<T, DeskError>;

impl From<SessionError> for DeskError {
    fn from(e: SessionError) -> DeskError {
        match e {
            SessionError::Answer(e) => DeskError::Answer(e),
            SessionError::Store(e) => DeskError::Store(e),
        }
    }
}

/// What kind of refusal an error is, for a caller that acts on it (the UI returns to the
/// sign-in when staff are signed out, say). Every other caller just shows the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    /// The caller sent something no screen sends (an unknown language, question, month…).
    BadRequest,
    /// An answer that does not fit its question.
    BadAnswer,
    NotSignedIn,
    WrongPin,
    PinLocked,
    NoPin,
    NothingToResume,
    NoConsultation,
    /// A name or phone without the applicant's consent.
    NoConsent,
    TooLong,
    /// The database failed, or there is none.
    Storage,
    /// A pack file or archive that was refused; nothing changed.
    PackRefused,
    /// A pack older than the one in use, or another policy's: refused unless staff confirm.
    PackDowngrade,
    NoDataDir,
    ExportFailed,
    /// Printing (or saving the printout) did not work; nothing else changed.
    PrintFailed,
    /// The settings cannot be used for this.
    Settings,
    /// The program itself is broken (its own pack or messages do not load, or a step failed
    /// with a bug).
    Internal,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 18] = [
        ErrorCode::BadRequest,
        ErrorCode::BadAnswer,
        ErrorCode::NotSignedIn,
        ErrorCode::WrongPin,
        ErrorCode::PinLocked,
        ErrorCode::NoPin,
        ErrorCode::NothingToResume,
        ErrorCode::NoConsultation,
        ErrorCode::NoConsent,
        ErrorCode::TooLong,
        ErrorCode::Storage,
        ErrorCode::PackRefused,
        ErrorCode::PackDowngrade,
        ErrorCode::NoDataDir,
        ErrorCode::ExportFailed,
        ErrorCode::PrintFailed,
        ErrorCode::Settings,
        ErrorCode::Internal,
    ];
}

impl DeskError {
    pub fn code(&self) -> ErrorCode {
        match self {
            DeskError::UnknownLanguage(_)
            | DeskError::UnknownQuestion(_)
            | DeskError::BadMonth(_)
            | DeskError::BadDate(_)
            | DeskError::UnknownDepartment(_)
            | DeskError::UnknownCounty(_)
            | DeskError::UnknownMeasure(_)
            | DeskError::OfficeOnly
            | DeskError::NoPrinting
            | DeskError::NothingToPrint
            | DeskError::PrintoutOfficeOnly => ErrorCode::BadRequest,
            DeskError::PrintFailed { .. }
            | DeskError::PrintoutFailed { .. }
            | DeskError::NoSuchPrinter(_)
            | DeskError::PrintBusy => ErrorCode::PrintFailed,
            DeskError::Answer(_) => ErrorCode::BadAnswer,
            DeskError::Store(StoreError::NoConsent) => ErrorCode::NoConsent,
            DeskError::Store(StoreError::TooLong { .. }) => ErrorCode::TooLong,
            DeskError::Store(StoreError::Required { .. }) => ErrorCode::BadRequest,
            DeskError::Store(StoreError::NoSuchConsultation(_)) | DeskError::NoConsultation => {
                ErrorCode::NoConsultation
            }
            DeskError::Store(_) | DeskError::NoStore(_) => ErrorCode::Storage,
            DeskError::NotSignedIn => ErrorCode::NotSignedIn,
            DeskError::WrongPin { .. } | DeskError::KioskPinTooShort { .. } => ErrorCode::WrongPin,
            DeskError::PinLocked { .. } => ErrorCode::PinLocked,
            DeskError::NoPin => ErrorCode::NoPin,
            DeskError::SignInNeedsStore => ErrorCode::Storage,
            DeskError::AlreadyRunning | DeskError::NoWebView => ErrorCode::Internal,
            DeskError::Pin(_) => ErrorCode::BadRequest,
            DeskError::NothingToResume => ErrorCode::NothingToResume,
            DeskError::Archive(ArchiveError::Older { .. } | ArchiveError::OtherPack { .. }) => {
                ErrorCode::PackDowngrade
            }
            DeskError::Archive(_)
            | DeskError::NotOffered { .. }
            | DeskError::PackFileTooLarge { .. }
            | DeskError::PackFile { .. } => ErrorCode::PackRefused,
            DeskError::NoDataDir => ErrorCode::NoDataDir,
            DeskError::ListNotOffered { .. } => ErrorCode::BadRequest,
            DeskError::MappingNotKept { .. } | DeskError::OpenFolder { .. } => {
                ErrorCode::ExportFailed
            }
            DeskError::Export { .. } => ErrorCode::ExportFailed,
            DeskError::List(
                crate::batch::ListError::Write(_) | crate::batch::ListError::TempDir { .. },
            ) => ErrorCode::ExportFailed,
            DeskError::List(_) => ErrorCode::BadRequest,
            DeskError::Settings(_)
            | DeskError::SetUpAlready
            | DeskError::PinsDiffer
            | DeskError::PinNeeded { .. }
            | DeskError::ExportFolder { .. }
            | DeskError::ExportFolderNotAbsolute(_) => ErrorCode::Settings,
            DeskError::Pack(_) | DeskError::Messages(_) | DeskError::Fault => ErrorCode::Internal,
        }
    }
}

impl Explain for DeskError {
    fn message(&self) -> Message {
        match self {
            DeskError::UnknownLanguage(tag) => {
                Message::new("error-unknown-language").with("lang", tag)
            }
            DeskError::UnknownQuestion(id) => {
                Message::new("error-answers-unknown-question").with("question", id)
            }
            DeskError::BadMonth(text) => Message::new("error-bad-month").with("month", text),
            DeskError::BadDate(text) => Message::new("error-bad-date").with("date", text),
            DeskError::UnknownDepartment(id) => {
                Message::new("error-unknown-department").with("department", id)
            }
            DeskError::UnknownMeasure(id) => {
                Message::new("error-unknown-measure").with("measure", id)
            }
            DeskError::Answer(e) => e.message(),
            DeskError::Store(e) => e.message(),
            DeskError::NoStore(None) => Message::new("error-no-store"),
            DeskError::NoStore(Some(reason)) => {
                Message::new("error-no-store-because").with("reason", reason.clone())
            }
            DeskError::NotSignedIn => Message::new("error-not-signed-in"),
            DeskError::OfficeOnly => Message::new("error-office-only"),
            DeskError::NoPrinting => Message::new("error-no-printing"),
            DeskError::NothingToPrint => Message::new("error-nothing-to-print"),
            DeskError::PrintBusy => Message::new("error-print-busy"),
            DeskError::PrintoutOfficeOnly => Message::new("error-printout-office-only"),
            DeskError::NoSuchPrinter(printer) => {
                Message::new("error-no-such-printer").with("printer", printer)
            }
            DeskError::PrintFailed { printer, reason } => {
                let m = match (printer, reason) {
                    (Some(p), Some(_)) => Message::new("error-print-failed").with("printer", p),
                    (Some(p), None) => Message::new("error-print-no-answer").with("printer", p),
                    (None, Some(_)) => Message::new("error-print-dialog-failed"),
                    (None, None) => Message::new("error-print-dialog-no-answer"),
                };
                m.with("reason", reason.clone().unwrap_or_default())
            }
            DeskError::PrintoutFailed { reason } => match reason {
                Some(reason) => Message::new("error-printout-failed").with("reason", reason),
                None => Message::new("error-printout-no-answer"),
            },
            DeskError::WrongPin { tries_left } => {
                Message::new("error-pin-wrong").with("tries", *tries_left)
            }
            DeskError::PinLocked { until, another_day } => {
                let at = crate::clock::local(*until);
                let time = format!("{:02}:{:02}", at.hour(), at.minute());
                if *another_day {
                    Message::new("error-pin-locked-day")
                        .with("date", crate::answers::format_date(at.date()))
                        .with("time", time)
                } else {
                    Message::new("error-pin-locked").with("time", time)
                }
            }
            DeskError::NoPin => Message::new("error-no-pin"),
            DeskError::KioskPinTooShort { min } => {
                Message::new("error-kiosk-pin-too-short").with("min", *min)
            }
            DeskError::SignInNeedsStore => Message::new("error-sign-in-no-store"),
            DeskError::AlreadyRunning => Message::new("error-app-already-running"),
            DeskError::NoWebView => Message::new("error-app-no-webview"),
            DeskError::Pin(e) => e.message(),
            DeskError::NothingToResume => Message::new("error-nothing-to-resume"),
            DeskError::NoConsultation => Message::new("error-no-consultation"),
            DeskError::Archive(e) => e.message(),
            DeskError::NotOffered { path } => {
                Message::new("error-pack-not-offered").with("path", path.display().to_string())
            }
            DeskError::ListNotOffered { path } => {
                Message::new("error-list-not-offered").with("path", path.display().to_string())
            }
            DeskError::MappingNotKept { path, reason } => Message::new("error-mapping-not-kept")
                .with("path", path.display().to_string())
                .with("reason", io_reason(reason)),
            DeskError::OpenFolder { path, reason } => Message::new("error-open-folder")
                .with("path", path.display().to_string())
                .with("reason", io_reason(reason)),
            DeskError::PackFileTooLarge { path, bytes } => {
                Message::new("error-pack-file-too-large")
                    .with("path", path.display().to_string())
                    .with("mib", bytes.div_ceil(1024 * 1024))
            }
            DeskError::PackFile { path, reason } => Message::new("error-pack-file")
                .with("path", path.display().to_string())
                .with("reason", io_reason(reason)),
            DeskError::NoDataDir => Message::new("error-app-no-data-dir"),
            DeskError::Export { path, source } => Message::new("error-export")
                .with("path", path.display().to_string())
                .with("reason", source.message()),
            DeskError::List(e) => e.message(),
            DeskError::Pack(e) => e.message(),
            DeskError::Messages(e) => Message::new("error-messages").with("file", &e.file),
            DeskError::Settings(e) => e.message(),
            DeskError::SetUpAlready => Message::new("error-set-up-already"),
            DeskError::PinsDiffer => Message::new("error-pins-differ"),
            DeskError::PinNeeded { kiosk: true } => {
                Message::new("error-pin-needed-kiosk").with("min", crate::pin::KIOSK_PIN_DIGITS)
            }
            DeskError::PinNeeded { kiosk: false } => Message::new("error-pin-needed"),
            DeskError::UnknownCounty(key) => {
                Message::new("error-unknown-county").with("county", key)
            }
            DeskError::ExportFolderNotAbsolute(path) => {
                Message::new("error-export-folder-relative")
                    .with("path", path.display().to_string())
            }
            DeskError::ExportFolder { path, reason } => Message::new("error-export-folder")
                .with("path", path.display().to_string())
                .with("reason", io_reason(reason)),
            DeskError::Fault => Message::new("error-fault"),
        }
    }
}
