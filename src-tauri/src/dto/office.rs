//! The IPC shapes of the staff screens: policy packs, the consultation log, records,
//! statistics, exports, the department directory and the audit log. Everything worded is
//! worded by the core; these only carry it.

use navigator::desk::office::{Export, LogSearch};
use navigator::present::office::{
    AuditEntryView, ConsultationView, DirectoryView, LogRowView, LogView, RecordPanelView,
    RecordView, StatSection,
};
use navigator::present::{MeasureChangeView, OfferedFileView, PackDiffView, PacksView};
use navigator::report::Format;
use navigator::store::{DirectoryEntry, FollowUp, RecordInput};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{count, AnsweredDto, OptionDto, PackDto};

/// The policy packs: the one in use, whether an earlier one can come back, and the archives
/// found in the import folders (a USB stick, a shared folder, Downloads).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PacksDto {
    pub current: PackDto,
    /// Installed by staff (false: the pack built into the app).
    pub installed: bool,
    /// Whether "roll back" has somewhere to go.
    pub can_roll_back: bool,
    /// The folders looked in, so staff know where to put a file.
    pub folders: Vec<String>,
    pub files: Vec<OfferedFileDto>,
}

impl From<PacksView> for PacksDto {
    fn from(p: PacksView) -> Self {
        PacksDto {
            current: p.current.into(),
            installed: p.installed,
            can_roll_back: p.can_roll_back,
            folders: p.folders,
            files: p.files.into_iter().map(OfferedFileDto::from).collect(),
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct OfferedFileDto {
    /// What `pack_preview`, `pack_install` and `list_open` take.
    pub path: String,
    pub name: String,
    pub folder: String,
    /// Size in KiB, rounded up.
    pub kib: u32,
}

impl From<OfferedFileView> for OfferedFileDto {
    fn from(f: OfferedFileView) -> Self {
        OfferedFileDto {
            path: f.path,
            name: f.name,
            folder: f.folder,
            kib: u32::try_from(f.kib).unwrap_or(u32::MAX),
        }
    }
}

/// What installing (or having installed) a pack changes.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PackDiffDto {
    pub old: String,
    pub new: String,
    pub other_pack: bool,
    pub added: Vec<MeasureChangeDto>,
    pub removed: Vec<MeasureChangeDto>,
    pub changed: Vec<MeasureChangeDto>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct MeasureChangeDto {
    pub id: String,
    pub article: String,
    pub title: String,
}

impl From<PackDiffView> for PackDiffDto {
    fn from(d: PackDiffView) -> Self {
        let list = |v: Vec<MeasureChangeView>| {
            v.into_iter()
                .map(|m| MeasureChangeDto {
                    id: m.id,
                    article: m.article,
                    title: m.title,
                })
                .collect()
        };
        PackDiffDto {
            old: d.old,
            new: d.new,
            other_pack: d.other_pack,
            added: list(d.added),
            removed: list(d.removed),
            changed: list(d.changed),
        }
    }
}

/// How staff follow a consultation up (see `navigator::store::FollowUp`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum FollowUpDto {
    Open,
    Referred,
    Applied,
    Closed,
}

impl From<FollowUpDto> for FollowUp {
    fn from(f: FollowUpDto) -> Self {
        match f {
            FollowUpDto::Open => FollowUp::Open,
            FollowUpDto::Referred => FollowUp::Referred,
            FollowUpDto::Applied => FollowUp::Applied,
            FollowUpDto::Closed => FollowUp::Closed,
        }
    }
}

impl From<FollowUp> for FollowUpDto {
    fn from(f: FollowUp) -> Self {
        match f {
            FollowUp::Open => FollowUpDto::Open,
            FollowUp::Referred => FollowUpDto::Referred,
            FollowUp::Applied => FollowUpDto::Applied,
            FollowUp::Closed => FollowUpDto::Closed,
        }
    }
}

/// Staff's record of a consultation, as the UI sends it.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct RecordInputDto {
    /// The applicant agreed that name and phone are kept for the follow-up.
    pub consent: bool,
    pub name: String,
    pub phone: String,
    pub note: String,
    pub follow_up: FollowUpDto,
}

impl From<RecordInputDto> for RecordInput {
    fn from(r: RecordInputDto) -> Self {
        RecordInput {
            consent: r.consent,
            name: r.name,
            phone: r.phone,
            note: r.note,
            follow_up: r.follow_up.into(),
        }
    }
}

/// What the record panel shows: the record, if one was saved; the consent sentence the
/// applicant agrees to (it names how long the data is kept); the follow-up statuses; and how
/// long each field may be.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RecordPanelDto {
    pub record: Option<RecordDto>,
    pub consent_text: String,
    pub follow_ups: Vec<OptionDto>,
    pub limits: RecordLimitsDto,
}

/// The most characters each field of a record keeps.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RecordLimitsDto {
    pub name: u32,
    pub phone: u32,
    pub note: u32,
}

impl From<RecordPanelView> for RecordPanelDto {
    fn from(p: RecordPanelView) -> Self {
        RecordPanelDto {
            record: p.record.map(RecordDto::from),
            consent_text: p.consent_text,
            follow_ups: p.follow_ups.into_iter().map(OptionDto::from).collect(),
            limits: RecordLimitsDto {
                name: count(p.limits.name),
                phone: count(p.limits.phone),
                note: count(p.limits.note),
            },
        }
    }
}

/// Staff's record of a consultation, as stored.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RecordDto {
    #[ts(type = "number")]
    pub consultation: i64,
    pub consent: bool,
    pub name: String,
    pub phone: String,
    pub note: String,
    pub follow_up: FollowUpDto,
    /// When the applicant consented (local date and time), empty without consent.
    pub consented_at: String,
    pub updated_at: String,
}

impl From<RecordView> for RecordDto {
    fn from(r: RecordView) -> Self {
        RecordDto {
            consultation: r.consultation,
            consent: r.consent,
            name: r.name,
            phone: r.phone,
            note: r.note,
            follow_up: r.follow_up.into(),
            consented_at: r.consented_at,
            updated_at: r.updated_at,
        }
    }
}

/// The search of the consultation log. Empty or absent fields mean "any".
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct LogQueryDto {
    /// YYYY-MM-DD, inclusive.
    pub from: String,
    pub to: String,
    pub group: String,
    pub measure: String,
    pub follow_up: Option<FollowUpDto>,
    /// Part of a name or phone number.
    pub name: String,
}

impl From<LogQueryDto> for LogSearch {
    fn from(q: LogQueryDto) -> Self {
        LogSearch {
            from: q.from,
            to: q.to,
            group: q.group,
            measure: q.measure,
            follow_up: q.follow_up.map(FollowUp::from),
            name: q.name,
        }
    }
}

/// The consultation log: the rows found and the choices the search offers.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LogDto {
    pub rows: Vec<LogRowDto>,
    /// More rows matched than are listed; narrow the search.
    pub more: bool,
    pub groups: Vec<OptionDto>,
    pub measures: Vec<OptionDto>,
    pub follow_ups: Vec<OptionDto>,
}

impl From<LogView> for LogDto {
    fn from(l: LogView) -> Self {
        let options =
            |v: Vec<navigator::present::OptionView>| v.into_iter().map(OptionDto::from).collect();
        LogDto {
            rows: l.rows.into_iter().map(LogRowDto::from).collect(),
            more: l.more,
            groups: options(l.choices.groups),
            measures: options(l.choices.measures),
            follow_ups: options(l.choices.follow_ups),
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct LogRowDto {
    #[ts(type = "number")]
    pub id: i64,
    /// Local date and time the consultation started.
    pub started: String,
    pub finished: bool,
    pub groups: String,
    pub region: String,
    /// How many measures were eligible or need review.
    pub matched: u32,
    pub name: String,
    pub phone: String,
    pub follow_up: String,
}

impl From<LogRowView> for LogRowDto {
    fn from(r: LogRowView) -> Self {
        LogRowDto {
            id: r.id,
            started: r.started,
            finished: r.finished,
            groups: r.groups,
            region: r.region,
            matched: count(r.matched),
            name: r.name,
            phone: r.phone,
            follow_up: r.follow_up,
        }
    }
}

/// One past consultation as it was: its answers, and its verdicts as computed then.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ConsultationDto {
    #[ts(type = "number")]
    pub id: i64,
    pub started: String,
    pub finished: String,
    /// `id version` of the pack it ran on.
    pub pack: String,
    /// It ran on a pack other than the one in use: titles are taken from the one in use where
    /// it still has the measure.
    pub other_pack: bool,
    pub answered: Vec<AnsweredDto>,
    pub verdicts: Vec<StoredVerdictDto>,
    pub record: Option<RecordDto>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct StoredVerdictDto {
    pub measure: String,
    pub title: String,
    pub citation: String,
    pub status: String,
    pub status_label: String,
}

impl From<ConsultationView> for ConsultationDto {
    fn from(c: ConsultationView) -> Self {
        ConsultationDto {
            id: c.id,
            started: c.started,
            finished: c.finished,
            pack: c.pack,
            other_pack: c.other_pack,
            answered: c
                .stored
                .answered
                .into_iter()
                .map(AnsweredDto::from)
                .collect(),
            verdicts: c
                .stored
                .verdicts
                .into_iter()
                .map(|v| StoredVerdictDto {
                    measure: v.measure,
                    title: v.title,
                    citation: v.citation,
                    status: v.status,
                    status_label: v.status_label,
                })
                .collect(),
            record: c.record.map(RecordDto::from),
        }
    }
}

/// The monitoring figures (article (二十六)): one list of counts per section.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct StatsDto {
    pub sections: Vec<StatSectionDto>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct StatSectionDto {
    /// `total`, `group`, `region`, `month`, `matched` or `near-miss`; for a screened list,
    /// the status counted (`eligible`, `needs_review`, `unknown`).
    pub id: String,
    pub label: String,
    pub counts: Vec<StatCountDto>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct StatCountDto {
    pub key: String,
    pub label: String,
    #[ts(type = "number")]
    pub count: u64,
}

impl From<Vec<StatSection>> for StatsDto {
    fn from(sections: Vec<StatSection>) -> Self {
        StatsDto {
            sections: sections.into_iter().map(Into::into).collect(),
        }
    }
}

impl From<StatSection> for StatSectionDto {
    fn from(s: StatSection) -> Self {
        StatSectionDto {
            id: s.id.to_owned(),
            label: s.label,
            counts: s
                .rows
                .into_iter()
                .map(|r| StatCountDto {
                    key: r.key,
                    label: r.label,
                    count: r.count,
                })
                .collect(),
        }
    }
}

/// What an export writes.
#[derive(Debug, Clone, Copy, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum ExportKindDto {
    Consultations,
    Statistics,
}

impl From<ExportKindDto> for Export {
    fn from(k: ExportKindDto) -> Self {
        match k {
            ExportKindDto::Consultations => Export::Consultations,
            ExportKindDto::Statistics => Export::Statistics,
        }
    }
}

/// The file format of an export.
#[derive(Debug, Clone, Copy, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum FileFormatDto {
    Csv,
    Xlsx,
}

impl From<FileFormatDto> for Format {
    fn from(f: FileFormatDto) -> Self {
        match f {
            FileFormatDto::Csv => Format::Csv,
            FileFormatDto::Xlsx => Format::Xlsx,
        }
    }
}

/// A file written by an export.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ExportDto {
    pub path: String,
}

/// The department directory of one county, as staff fill it in.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct DirectoryDto {
    /// The counties to choose from ('' = every county).
    pub counties: Vec<OptionDto>,
    pub county: String,
    pub entries: Vec<DirectoryEntryDto>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DirectoryEntryDto {
    pub department: String,
    /// The department's name (ignored when saving).
    #[serde(default)]
    pub name: String,
    pub phone: String,
    pub address: String,
    pub hours: String,
}

impl From<DirectoryEntryDto> for DirectoryEntry {
    fn from(e: DirectoryEntryDto) -> Self {
        DirectoryEntry {
            department: e.department,
            phone: e.phone,
            address: e.address,
            hours: e.hours,
        }
    }
}

impl From<DirectoryView> for DirectoryDto {
    fn from(d: DirectoryView) -> Self {
        DirectoryDto {
            counties: d.counties.into_iter().map(OptionDto::from).collect(),
            county: d.county,
            entries: d
                .entries
                .into_iter()
                .map(|e| DirectoryEntryDto {
                    department: e.department,
                    name: e.name,
                    phone: e.phone,
                    address: e.address,
                    hours: e.hours,
                })
                .collect(),
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AuditEntryDto {
    pub at: String,
    pub action: String,
    pub detail: String,
}

impl From<AuditEntryView> for AuditEntryDto {
    fn from(e: AuditEntryView) -> Self {
        AuditEntryDto {
            at: e.at,
            action: e.action,
            detail: e.detail,
        }
    }
}
