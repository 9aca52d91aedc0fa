//! The IPC shapes of the staff screens: policy packs, the consultation log, records,
//! statistics, exports, the department directory and the audit log. Everything worded is
//! worded by the core; these only carry it.

use navigator::present::{MeasureChangeView, PackDiffView};
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
    pub files: Vec<PackFileDto>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PackFileDto {
    /// What `pack_preview` and `pack_install` take.
    pub path: String,
    pub name: String,
    pub folder: String,
    /// Size in KiB, rounded up.
    pub kib: u32,
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

impl From<MeasureChangeView> for MeasureChangeDto {
    fn from(m: MeasureChangeView) -> Self {
        MeasureChangeDto {
            id: m.id,
            article: m.article,
            title: m.title,
        }
    }
}

impl From<PackDiffView> for PackDiffDto {
    fn from(d: PackDiffView) -> Self {
        let list = |v: Vec<MeasureChangeView>| v.into_iter().map(MeasureChangeDto::from).collect();
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

/// Staff's record of a consultation, as the UI sends it.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct RecordInputDto {
    /// The applicant agreed that name and phone are kept for the follow-up.
    pub consent: bool,
    pub name: String,
    pub phone: String,
    pub note: String,
    /// `open`, `referred`, `applied` or `closed`.
    pub follow_up: String,
}

/// What the record panel shows: the record, if one was saved, and the consent sentence the
/// applicant agrees to (it names how long the data is kept).
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RecordPanelDto {
    pub record: Option<RecordDto>,
    pub consent_text: String,
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
    pub follow_up: String,
    /// When the applicant consented (local date and time), empty without consent.
    pub consented_at: String,
    pub updated_at: String,
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
    pub follow_up: String,
    /// Part of a name or phone number.
    pub name: String,
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

/// The monitoring figures (article (二十六)): one list of counts per section.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct StatsDto {
    pub sections: Vec<StatSectionDto>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct StatSectionDto {
    /// `total`, `group`, `region`, `month`, `matched` or `near-miss`.
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

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct AuditEntryDto {
    pub at: String,
    pub action: String,
    pub detail: String,
}

pub(crate) fn kib(bytes: u64) -> u32 {
    count(usize::try_from(bytes.div_ceil(1024)).unwrap_or(usize::MAX))
}

impl From<navigator::present::staff::LogRowView> for LogRowDto {
    fn from(r: navigator::present::staff::LogRowView) -> Self {
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

impl From<navigator::present::staff::StatSection> for StatSectionDto {
    fn from(s: navigator::present::staff::StatSection) -> Self {
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

impl From<navigator::present::staff::DirectoryView> for DirectoryDto {
    fn from(d: navigator::present::staff::DirectoryView) -> Self {
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
