//! The IPC shapes: what crosses from the shell to the web UI. Only the shell knows them.
//!
//! Each type derives `ts_rs::TS`; `cargo test -p navigator-desktop` writes the TypeScript
//! definitions to `ui/src/bindings/`, so the UI never types them a second time. The `From`
//! impls convert the core's views; they add nothing of their own. The applicant's shapes are
//! here, the staff screens' in [`office`] and [`lists`].

pub mod lists;
pub mod office;
pub mod setup;
pub mod speech;

use std::collections::BTreeMap;

use navigator::desk::{ErrorCode, WindowRules};
use navigator::present::texts::{ResumableView, Texts};
use navigator::present::{
    AnsweredView, DepartmentView, OptionView, PackView, QuestionView, StepView, SummaryItem,
    VerdictView,
};
use navigator::takeaway::Takeaway;
use navigator::{Mode, Settings};
use serde::Serialize;
use ts_rs::TS;

/// The words of the UI in one language.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct TextsDto {
    pub locale: String,
    /// Message id → text, for every `ui-*` and `status-*` message and the app's name.
    pub messages: BTreeMap<String, String>,
    pub locales: Vec<LocaleDto>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LocaleDto {
    pub tag: String,
    /// The language's own name, e.g. 繁體中文.
    pub name: String,
}

impl From<Texts> for TextsDto {
    fn from(t: Texts) -> Self {
        TextsDto {
            locale: t.locale.as_str().to_owned(),
            messages: t.messages,
            locales: t
                .locales
                .into_iter()
                .map(|(l, name)| LocaleDto {
                    tag: l.as_str().to_owned(),
                    name: name.to_owned(),
                })
                .collect(),
        }
    }
}

/// One step of the questionnaire: the next question, progress, every verdict shown.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ScreenDto {
    pub locale: String,
    pub next_question: Option<QuestionDto>,
    pub asked: u32,
    pub remaining: u32,
    /// "At most N questions left", already worded.
    pub progress: String,
    /// Titles of the measures waiting on the next question.
    pub why: Vec<String>,
    /// The answers so far, in the order given.
    pub answered: Vec<AnsweredDto>,
    /// The verdicts a results screen shows, in reading order (the person's own first).
    pub results: Vec<VerdictDto>,
    /// The few things to do first, each with its office (empty until the results).
    pub summary: Vec<SummaryDto>,
    /// The date the verdicts are for (YYYY-MM-DD).
    pub date: String,
    pub pack: PackDto,
    /// Problems with the app itself (a replaced or unusable database), already worded.
    pub notices: Vec<String>,
    /// The result to take away (text and QR code), once the questionnaire is complete.
    pub takeaway: Option<TakeawayDto>,
}

impl From<StepView> for ScreenDto {
    fn from(s: StepView) -> Self {
        let results = s.results().cloned().map(VerdictDto::from).collect();
        ScreenDto {
            locale: s.locale.as_str().to_owned(),
            next_question: s.question.map(QuestionDto::from),
            asked: count(s.asked),
            remaining: count(s.remaining),
            progress: s.progress,
            why: s.why,
            answered: s.answered.into_iter().map(AnsweredDto::from).collect(),
            results,
            summary: s.summary.into_iter().map(SummaryDto::from).collect(),
            date: navigator::answers::format_date(s.date),
            pack: PackDto::from(s.pack),
            notices: s.notices,
            takeaway: s.takeaway.map(TakeawayDto::from),
        }
    }
}

/// One of the first things to do, with the office to go to.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SummaryDto {
    pub measure: String,
    pub title: String,
    pub status_label: String,
    pub office: Option<DepartmentDto>,
}

impl From<SummaryItem> for SummaryDto {
    fn from(s: SummaryItem) -> Self {
        SummaryDto {
            measure: s.measure,
            title: s.title,
            status_label: s.status_label,
            office: s.office.map(DepartmentDto::from),
        }
    }
}

/// The result as plain text and as a QR code of that text (see `navigator::takeaway`).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct TakeawayDto {
    pub text: String,
    /// A standalone SVG document; empty if the text could not be encoded.
    pub qr_svg: String,
    /// How many measures the text leaves out to fit a code.
    pub left_out: u32,
}

impl From<Takeaway> for TakeawayDto {
    fn from(t: Takeaway) -> Self {
        TakeawayDto {
            text: t.text,
            qr_svg: t.qr_svg,
            left_out: count(t.left_out),
        }
    }
}

/// What the first screen needs, in one reply.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct BootDto {
    pub settings: SettingsDto,
    pub texts: TextsDto,
    pub screen: ScreenDto,
    pub resumable: Option<ResumableDto>,
    /// The language a new applicant starts in (after a kiosk's wipe, say).
    pub default_locale: String,
}

/// An unfinished consultation that can be continued (personal mode).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ResumableDto {
    pub answers: u32,
    /// "3 answers so far, last on 2026-11-28", already worded.
    pub label: String,
}

impl From<ResumableView> for ResumableDto {
    fn from(r: ResumableView) -> Self {
        ResumableDto {
            answers: count(r.answers),
            label: r.label,
        }
    }
}

/// Where the app runs (see `navigator::settings::Mode`).
#[derive(Debug, Clone, Copy, Serialize, serde::Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum ModeDto {
    Kiosk,
    Office,
    Personal,
}

impl From<ModeDto> for Mode {
    fn from(m: ModeDto) -> Self {
        match m {
            ModeDto::Kiosk => Mode::Kiosk,
            ModeDto::Office => Mode::Office,
            ModeDto::Personal => Mode::Personal,
        }
    }
}

impl From<Mode> for ModeDto {
    fn from(m: Mode) -> Self {
        match m {
            Mode::Kiosk => ModeDto::Kiosk,
            Mode::Office => ModeDto::Office,
            Mode::Personal => ModeDto::Personal,
        }
    }
}

/// How this installation behaves (see `navigator::settings`).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SettingsDto {
    pub mode: ModeDto,
    /// Kiosk: seconds without a touch before the "Still there?" countdown.
    pub idle_seconds: u32,
    /// Kiosk: seconds of countdown before the consultation is wiped.
    pub idle_countdown_seconds: u32,
    /// Kiosk: the idle time while the results (and their QR code) are on screen.
    pub results_idle_seconds: u32,
    /// Office: days the applicant's name, phone and staff's note are kept.
    pub retention_days: u32,
    /// Seconds without a touch or key after which staff are signed out.
    pub staff_idle_seconds: u32,
    /// Whether the results may be printed (not at a kiosk: there the QR code is the take-away).
    pub can_print: bool,
    /// A fresh installation: whether the setup comes first, is offered, or is done.
    pub setup: setup::SetupStateDto,
    /// The county this installation serves (a key of the region question), or empty.
    pub county: String,
    /// Whether reading aloud is on from the start (the person can turn it off).
    pub read_aloud: bool,
    /// The printer the Print button sends the results to without a dialog, or empty (the
    /// system's dialog asks). Empty where this computer cannot print without the dialog.
    pub printer: String,
    /// Whether staff can save the printout as PDF in the export folder (an office, on a
    /// computer that can print into a file without the dialog).
    pub can_save_pdf: bool,
}

/// A print that went out: to `printer` without a dialog, or (`None`) to the system's dialog.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PrintedDto {
    pub printer: Option<String>,
}

/// The printout saved as PDF: where.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PrintoutDto {
    pub path: String,
}

impl SettingsDto {
    pub fn new(
        s: &Settings,
        sign_in_lasts: time::Duration,
        rules: WindowRules,
        setup: navigator::desk::setup::SetupState,
    ) -> Self {
        SettingsDto {
            mode: s.mode.into(),
            idle_seconds: s.idle_seconds,
            idle_countdown_seconds: s.idle_countdown_seconds,
            results_idle_seconds: s.results_idle(),
            retention_days: s.retention_days,
            staff_idle_seconds: u32::try_from(sign_in_lasts.whole_seconds()).unwrap_or(u32::MAX),
            can_print: rules.print_and_find,
            setup: setup.into(),
            county: s.county.clone().unwrap_or_default(),
            read_aloud: s.read_aloud,
            printer: match &s.printer {
                Some(name) if rules.print_and_find && crate::printing::supported() => name.clone(),
                _ => String::new(),
            },
            can_save_pdf: rules.save_printout && crate::printing::supported(),
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PackDto {
    pub id: String,
    pub version: String,
    pub document: String,
    pub title: String,
    /// The language of the source document, in which excerpts are quoted (a BCP 47 tag).
    pub source_locale: String,
}

impl From<PackView> for PackDto {
    fn from(p: PackView) -> Self {
        PackDto {
            id: p.id,
            version: p.version,
            document: p.document,
            title: p.title,
            source_locale: p.source_locale.as_str().to_owned(),
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct QuestionDto {
    pub id: String,
    /// `single`, `multi`, `bool`, `number` or `date`.
    pub kind: String,
    pub text: String,
    pub help: String,
    /// What to choose among (yes and no for a yes/no question); what `answer` takes back.
    pub options: Vec<OptionDto>,
    pub min_selected: u32,
    /// The values of the answer already given, when the question is being changed.
    pub current: Vec<String>,
}

impl From<QuestionView> for QuestionDto {
    fn from(q: QuestionView) -> Self {
        QuestionDto {
            id: q.id,
            kind: q.kind.as_str().to_owned(),
            text: q.text,
            help: q.help,
            options: q.options.into_iter().map(OptionDto::from).collect(),
            min_selected: count(q.min_selected),
            current: q.current,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct OptionDto {
    pub value: String,
    pub label: String,
    /// Choosing it unchooses every other option ("none of the above").
    pub exclusive: bool,
}

impl From<OptionView> for OptionDto {
    fn from(o: OptionView) -> Self {
        OptionDto {
            value: o.value,
            label: o.label,
            exclusive: o.exclusive,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AnsweredDto {
    pub question: String,
    pub text: String,
    pub answer: String,
}

impl From<AnsweredView> for AnsweredDto {
    fn from(a: AnsweredView) -> Self {
        AnsweredDto {
            question: a.question,
            text: a.text,
            answer: a.answer,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct VerdictDto {
    pub measure: String,
    pub title: String,
    pub benefit: String,
    /// `eligible`, `needs_review`, `ineligible`, `unknown` or `expired`.
    pub status: String,
    /// `benefit`, `service`, `programme` or `commitment`: what the measure offers.
    pub kind: String,
    /// The status, worded for the kind ("You can apply" only for a benefit).
    pub status_label: String,
    /// Says which answers were "not sure", when that leaves the measure to the department.
    pub unsure_note: Option<String>,
    /// Document number and article, e.g. 朔政发〔2021〕26号第（十一）条.
    pub citation: String,
    /// The source sentence(s), verbatim.
    pub excerpts: Vec<String>,
    pub reasons: Vec<String>,
    pub near_miss: Option<String>,
    pub review: Option<String>,
    pub expired: Option<String>,
    /// The offices to contact, the one to go to first first.
    pub departments: Vec<DepartmentDto>,
    /// The applicant's county, for a measure carried out county by county.
    pub county: Option<String>,
}

impl From<VerdictView> for VerdictDto {
    fn from(v: VerdictView) -> Self {
        VerdictDto {
            measure: v.measure,
            title: v.title,
            benefit: v.benefit,
            status: v.status.key().to_owned(),
            kind: v.kind.as_str().to_owned(),
            status_label: v.status_label,
            unsure_note: v.unsure_note,
            citation: v.citation,
            excerpts: v.excerpts,
            reasons: v.reasons,
            near_miss: v.near_miss,
            review: v.review,
            expired: v.expired,
            // The note on the source's damaged department lists is for staff, not for the
            // applicant's screen or printout.
            departments: v.departments.into_iter().map(DepartmentDto::from).collect(),
            county: v.county,
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct DepartmentDto {
    pub id: String,
    /// Its name today.
    pub name: String,
    /// The name the source prints, when the body has been renamed since.
    pub cited_as: Option<String>,
    /// What changed, when the body has been renamed.
    pub renamed: Option<String>,
    pub lead: bool,
    /// Set on the office to go to first: why.
    pub primary_reason: Option<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
    pub hours: Option<String>,
}

impl From<DepartmentView> for DepartmentDto {
    fn from(d: DepartmentView) -> Self {
        DepartmentDto {
            id: d.id,
            name: d.name,
            cited_as: d.cited_as,
            renamed: d.renamed,
            lead: d.is_lead,
            primary_reason: d.primary_reason,
            phone: d.phone,
            address: d.address,
            hours: d.hours,
        }
    }
}

/// What kind of refusal an error is (see `navigator::desk::ErrorCode`); the UI acts on some.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ErrorCodeDto {
    BadRequest,
    BadAnswer,
    NotSignedIn,
    WrongPin,
    PinLocked,
    NoPin,
    NothingToResume,
    NoConsultation,
    NoConsent,
    TooLong,
    Storage,
    PackRefused,
    PackDowngrade,
    NoDataDir,
    ExportFailed,
    PrintFailed,
    Settings,
    Internal,
}

impl From<ErrorCode> for ErrorCodeDto {
    fn from(c: ErrorCode) -> Self {
        match c {
            ErrorCode::BadRequest => ErrorCodeDto::BadRequest,
            ErrorCode::BadAnswer => ErrorCodeDto::BadAnswer,
            ErrorCode::NotSignedIn => ErrorCodeDto::NotSignedIn,
            ErrorCode::WrongPin => ErrorCodeDto::WrongPin,
            ErrorCode::PinLocked => ErrorCodeDto::PinLocked,
            ErrorCode::NoPin => ErrorCodeDto::NoPin,
            ErrorCode::NothingToResume => ErrorCodeDto::NothingToResume,
            ErrorCode::NoConsultation => ErrorCodeDto::NoConsultation,
            ErrorCode::NoConsent => ErrorCodeDto::NoConsent,
            ErrorCode::TooLong => ErrorCodeDto::TooLong,
            ErrorCode::Storage => ErrorCodeDto::Storage,
            ErrorCode::PackRefused => ErrorCodeDto::PackRefused,
            ErrorCode::PackDowngrade => ErrorCodeDto::PackDowngrade,
            ErrorCode::NoDataDir => ErrorCodeDto::NoDataDir,
            ErrorCode::ExportFailed => ErrorCodeDto::ExportFailed,
            ErrorCode::PrintFailed => ErrorCodeDto::PrintFailed,
            ErrorCode::Settings => ErrorCodeDto::Settings,
            ErrorCode::Internal => ErrorCodeDto::Internal,
        }
    }
}

/// An error as the UI receives it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct IpcError {
    pub code: ErrorCodeDto,
    /// One sentence in the user's language.
    pub message: String,
}

pub(crate) fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
